package io.omnicart.adapter.omnium.client;

import io.omnicart.adapter.omnium.auth.OmniumTokenProvider;
import io.omnicart.adapter.omnium.error.OmniumErrorTranslator;
import io.omnicart.adapter.omnium.model.OmniumTokenResponse;
import io.omnicart.adapter.support.http.JsonRequest;
import io.omnicart.adapter.support.http.UpstreamUris;
import io.omnicart.core.port.TokenCache;
import io.omnicart.core.spi.RawAuthorization;
import io.omnicart.core.spi.Secret;
import io.omnicart.core.spi.StoreConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every Omnium endpoint method shares: the account's base URL, its bearer token (through the {@link
 * OmniumTokenProvider}), the HTTP exchange and the answer readers. Thread-safe; holds no per-account state.
 */
public final class OmniumCalls {

    static final String TOKEN_PATH = "/api/Token";

    private final OmniumHttp http;
    private final OmniumReplies replies;
    private final JsonMapper json;
    private final OmniumTokenProvider tokens;

    public OmniumCalls(WebClient webClient, TokenCache cache, Clock clock, Duration tokenTtl, Duration tokenSkew) {
        this.json = JsonMapper.builder().build();
        this.http = new OmniumHttp(webClient, json, new OmniumErrorTranslator(clock));
        this.replies = new OmniumReplies(json);
        this.tokens = new OmniumTokenProvider(cache, this::login, clock, tokenTtl, tokenSkew);
    }

    /** An authenticated API call; {@code resource} and {@code id} name what it addresses, for errors. */
    Mono<JsonNode> call(
            StoreConnection store,
            HttpMethod method,
            String path,
            @Nullable OmniumQuery query,
            @Nullable Object body,
            String resource,
            @Nullable String id) {
        return Mono.defer(() -> {
                    JsonRequest request = request(store, method, path, query, body, resource, id);
                    return tokens.authorized(store, auth -> http.send(withAuth(request, auth)));
                })
                .onErrorMap(OmniumForbidden.class, OmniumForbidden::error);
    }

    /** A GET with a fresh login of its own (verification). */
    Mono<JsonNode> callAfresh(StoreConnection store, String path, String resource) {
        return Mono.defer(() -> {
                    JsonRequest request = request(store, HttpMethod.GET, path, null, null, resource, null);
                    return tokens.authorizedAfresh(store, auth -> http.send(withAuth(request, auth)));
                })
                .onErrorMap(OmniumForbidden.class, OmniumForbidden::error);
    }

    OmniumReplies replies() {
        return replies;
    }

    public Mono<RawAuthorization> rawAuthorization(StoreConnection store) {
        return tokens.rawAuthorization(store);
    }

    public Mono<Void> rawRejected(StoreConnection store, RawAuthorization rejected) {
        return tokens.rejected(store, rejected);
    }

    /**
     * {@code POST /api/Token?clientId=…&clientSecret=…&returnAsJson=true} (reference §1). The secret travels in the
     * query string as the API demands; the request's {@code toString()} and every error leave the query out.
     */
    Mono<OmniumTokenResponse> login(StoreConnection store, String clientId, Secret clientSecret) {
        return Mono.defer(() -> {
            OmniumQuery query = OmniumQuery.empty()
                    .with("clientId", clientId)
                    .with("clientSecret", clientSecret.reveal())
                    .with("returnAsJson", "true");
            JsonRequest request = request(store, HttpMethod.POST, TOKEN_PATH, query, null, "token", null);
            return http.login(request).map(this::token);
        });
    }

    /** A path with one id segment, percent-encoded so that an id cannot change the route. */
    static String path(String prefix, String id, String suffix) {
        return prefix + segment(id) + suffix;
    }

    static String segment(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }

    /** A JSON answer, or a bare JWT when the tenant ignores {@code returnAsJson}; never quoted in errors. */
    private OmniumTokenResponse token(String body) {
        String text = body.strip();
        if (text.startsWith("{")) {
            try {
                return json.readValue(text, OmniumTokenResponse.class);
            } catch (JacksonException unreadable) {
                throw OmniumErrorTranslator.unexpectedReply("the token answer is not JSON");
            }
        }
        if (text.startsWith("\"") && text.endsWith("\"") && text.length() > 2) {
            text = text.substring(1, text.length() - 1);
        }
        if (text.chars().filter(c -> c == '.').count() == 2 && text.matches("[A-Za-z0-9_.-]+")) {
            return new OmniumTokenResponse(text, "Bearer", null);
        }
        throw OmniumErrorTranslator.unexpectedReply("the token answer is neither JSON nor a token");
    }

    private static JsonRequest withAuth(JsonRequest request, String auth) {
        return request.withAuthorization(auth);
    }

    private static JsonRequest request(
            StoreConnection store,
            HttpMethod method,
            String path,
            @Nullable OmniumQuery query,
            @Nullable Object body,
            String resource,
            @Nullable String id) {
        return new JsonRequest(method, uri(store, path, query), null, body, resource, id);
    }

    private static URI uri(StoreConnection store, String path, @Nullable OmniumQuery query) {
        if (store.baseUrl() == null) {
            throw OmniumErrorTranslator.invalidField("baseUrl", "an Omnium tenant needs its API base URL");
        }
        return UpstreamUris.resolve(store.baseUrl(), path, query == null ? "" : query.encode());
    }
}
