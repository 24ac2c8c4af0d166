package io.omnicart.adapter.medusa.client;

import io.omnicart.adapter.medusa.auth.MedusaTokenProvider;
import io.omnicart.adapter.medusa.error.MedusaErrorTranslator;
import io.omnicart.adapter.medusa.model.MedusaAuthResponse;
import io.omnicart.adapter.medusa.model.MedusaLoginRequest;
import io.omnicart.adapter.support.http.JsonRequest;
import io.omnicart.adapter.support.http.UpstreamUris;
import io.omnicart.core.port.TokenCache;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * What every Medusa endpoint method shares: the account's base URL, its {@code Authorization} header (through the
 * {@link MedusaTokenProvider}), the HTTP exchange and the envelope reader. Thread-safe; holds no per-account state.
 */
public final class MedusaCalls {

    private static final String LOGIN_PATH = "/auth/user/emailpass";

    private final MedusaHttp http;
    private final MedusaReplies replies;
    private final MedusaTokenProvider tokens;
    private final MedusaReply<MedusaAuthResponse> loginReply;

    public MedusaCalls(WebClient webClient, TokenCache cache, Clock clock, Duration tokenTtl) {
        JsonMapper json = JsonMapper.builder().build();
        this.replies = new MedusaReplies(json);
        this.http = new MedusaHttp(webClient, json, replies, new MedusaErrorTranslator(clock));
        this.tokens = new MedusaTokenProvider(cache, this::login, clock, tokenTtl);
        this.loginReply = replies.value(MedusaAuthResponse.class);
    }

    /**
     * An authenticated Admin API call whose answer {@code reply} reads; {@code resource} and {@code id} name what it
     * addresses, for errors.
     */
    <T> Mono<T> call(
            StoreConnection store,
            HttpMethod method,
            String path,
            MedusaQuery query,
            @Nullable Object body,
            String resource,
            @Nullable String id,
            MedusaReply<T> reply) {
        return tokens.authorized(store, auth -> send(store, method, path, query, body, auth, resource, id, reply));
    }

    /** As {@link #call}, with a fresh login for JWT accounts (verification). */
    <T> Mono<T> callAfresh(
            StoreConnection store, String path, MedusaQuery query, String resource, MedusaReply<T> reply) {
        return tokens.authorizedAfresh(
                store, auth -> send(store, HttpMethod.GET, path, query, null, auth, resource, null, reply));
    }

    /** The account's credentials header source, shared with the raw passthrough. */
    public MedusaTokenProvider tokens() {
        return tokens;
    }

    MedusaReplies replies() {
        return replies;
    }

    /** {@code POST /auth/user/emailpass} (reference §2.1); no credentials header. */
    Mono<MedusaAuthResponse> login(StoreConnection store, String email, Secret password) {
        MedusaLoginRequest body = new MedusaLoginRequest(email, password.reveal());
        return Mono.defer(() ->
                http.send(request(store, HttpMethod.POST, LOGIN_PATH, null, body, null, "login", null), loginReply));
    }

    /** A path with one id segment, percent-encoded so that an id cannot change the route. */
    static String path(String prefix, String id, String suffix) {
        return prefix + segment(id) + suffix;
    }

    /** One path segment, percent-encoded ({@code /}, {@code ?}, {@code ..} cannot escape it). */
    static String segment(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }

    private <T> Mono<T> send(
            StoreConnection store,
            HttpMethod method,
            String path,
            MedusaQuery query,
            @Nullable Object body,
            String auth,
            String resource,
            @Nullable String id,
            MedusaReply<T> reply) {
        return http.send(request(store, method, path, query, body, auth, resource, id), reply);
    }

    private static JsonRequest request(
            StoreConnection store,
            HttpMethod method,
            String path,
            @Nullable MedusaQuery query,
            @Nullable Object body,
            @Nullable String auth,
            String resource,
            @Nullable String id) {
        return new JsonRequest(method, uri(store, path, query), auth, body, resource, id);
    }

    private static URI uri(StoreConnection store, String path, @Nullable MedusaQuery query) {
        if (store.baseUrl() == null) {
            throw MedusaErrorTranslator.invalidField("baseUrl", "a Medusa store needs its base URL");
        }
        return UpstreamUris.resolve(store.baseUrl(), path, query == null ? "" : query.encode());
    }
}
