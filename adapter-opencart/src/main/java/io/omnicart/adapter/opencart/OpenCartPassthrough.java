package io.omnicart.adapter.opencart;

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
import java.time.Clock;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * Credentials for the raw passthrough, by target: a request to {@code /omnicart-bridge.php} is signed for the bridge
 * (the {@code X-OmniCart-*} headers over exactly that method, path, query and body, valid for 5 minutes and once);
 * any other path is OpenCart itself ({@code index.php?route=api/…}) and gets the account's native session as the
 * {@code api_token} query parameter, logging in when none is cached. When the store refuses such a session the
 * gateway calls {@link #rejected}, which forgets it so the next raw request logs in again.
 */
final class OpenCartPassthrough {

    static final String API_TOKEN = "api_token";

    private final OpenCartSessions sessions;
    private final Clock clock;

    OpenCartPassthrough(OpenCartSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    Mono<RawAuthorization> authorize(StoreConnection store, RawRequest request) {
        if (request.path().endsWith("/" + OpenCartUrls.BRIDGE_FILE)) {
            return Mono.fromSupplier(() -> signed(store, request));
        }
        return sessions.current(store)
                .map(session -> new RawAuthorization(
                        Map.of(), Map.of(API_TOKEN, session.token().reveal())));
    }

    Mono<Void> rejected(StoreConnection store, RawAuthorization rejected) {
        return rejected.queryParameters().containsKey(API_TOKEN) ? sessions.evict(store) : Mono.empty();
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
