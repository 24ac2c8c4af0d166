package io.omnicart.adapter.opencart;

import io.omnicart.adapter.opencart.auth.OpenCartApiSigner;
import io.omnicart.adapter.opencart.auth.OpenCartBridgeSigner;
import io.omnicart.adapter.opencart.auth.OpenCartSessions;
import io.omnicart.adapter.opencart.client.OpenCartBridgeClient;
import io.omnicart.adapter.opencart.client.OpenCartUrls;
import io.omnicart.adapter.opencart.error.OpenCartErrorTranslator;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.RawAuthorization;
import io.omnicart.core.spi.RawRequest;
import io.omnicart.core.spi.StoreConnection;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * Credentials for the raw passthrough, by target: a request to {@code /omnicart-bridge.php} is signed for the bridge
 * (the {@code X-OmniCart-*} headers over exactly that method, path, query and body, valid for 5 minutes and once);
 * any other path is OpenCart itself ({@code index.php?route=api/…}) and gets the account's native session as the
 * {@code api_token} query parameter, logging in when none is cached. OpenCart 4.1 has no session (and answers any
 * {@code api_token} with a 500): there the request is signed instead, over its own {@code route}, {@code call} and
 * form body, adding {@code username}, {@code time}, {@code signature} and whichever of {@code store_id} (0), {@code
 * language} (en-gb) and {@code currency} (USD) the request does not name. When the store refuses such a session the
 * gateway calls {@link #rejected}, which forgets it so the next raw request logs in again.
 */
final class OpenCartPassthrough {

    static final String API_TOKEN = "api_token";

    private final OpenCartSessions sessions;
    private final Clock clock;
    private final OpenCartApiSigner signer;

    OpenCartPassthrough(OpenCartSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
        this.signer = new OpenCartApiSigner(clock);
    }

    Mono<RawAuthorization> authorize(StoreConnection store, RawRequest request) {
        if (request.path().endsWith("/" + OpenCartUrls.BRIDGE_FILE)) {
            return Mono.fromSupplier(() -> signed(store, request));
        }
        return sessions.current(store)
                .map(session -> session.version().signed()
                        ? signedNative(store, request)
                        : new RawAuthorization(
                                Map.of(), Map.of(API_TOKEN, session.token().reveal())));
    }

    private RawAuthorization signedNative(StoreConnection store, RawRequest request) {
        Credentials.ApiUser user = apiUser(store);
        Map<String, String> given = decode(request.rawQuery() == null ? "" : request.rawQuery());
        Map<String, String> form = decode(new String(request.body(), StandardCharsets.UTF_8));
        String basePath = URI.create(OpenCartUrls.root(store)).getRawPath();
        URI target = URI.create(OpenCartUrls.root(store))
                .resolve(basePath + request.path().replaceFirst("^/", ""));
        Map<String, String> signed = signer.query(
                target,
                given.getOrDefault("route", ""),
                given.getOrDefault("call", ""),
                user.username(),
                user.apiKey().reveal(),
                number(given.getOrDefault("store_id", "0")),
                given.getOrDefault("language", "en-gb"),
                given.getOrDefault("currency", "USD"),
                form);
        Map<String, String> added = new LinkedHashMap<>();
        signed.forEach((name, value) -> {
            if (!given.containsKey(name)) {
                added.put(name, value);
            }
        });
        return new RawAuthorization(Map.of(), added);
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** Form-encoded pairs in their order (query string or body); a name without {@code =} has the value "". */
    private static Map<String, String> decode(String encoded) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            pairs.putIfAbsent(name, value);
        }
        return pairs;
    }

    Mono<Void> rejected(StoreConnection store, RawAuthorization rejected) {
        boolean nativeCall = rejected.queryParameters().containsKey(API_TOKEN)
                || rejected.queryParameters().containsKey("signature");
        return nativeCall ? sessions.evict(store) : Mono.empty();
    }

    private RawAuthorization signed(StoreConnection store, RawRequest request) {
        Credentials.ApiUser user = apiUser(store);
        String basePath = URI.create(OpenCartUrls.root(store)).getRawPath();
        String path = basePath.substring(0, basePath.length() - 1) + request.path();
        Map<String, String> headers = OpenCartBridgeSigner.headers(
                request.method(),
                path,
                request.rawQuery() == null ? "" : request.rawQuery(),
                request.body(),
                user.username(),
                user.apiKey(),
                clock.instant().getEpochSecond(),
                OpenCartBridgeClient.nonce());
        return new RawAuthorization(headers, Map.of());
    }

    private static Credentials.ApiUser apiUser(StoreConnection store) {
        if (store.credentials() instanceof Credentials.ApiUser user) {
            return user;
        }
        throw OpenCartErrorTranslator.unsupportedCredentials(
                store.credentials().method().wire());
    }
}
