package io.omnicart.adapter.omnium.auth;

import io.omnicart.adapter.omnium.error.OmniumErrorTranslator;
import io.omnicart.adapter.omnium.model.OmniumTokenResponse;
import io.omnicart.adapter.support.auth.JwtExpiry;
import io.omnicart.core.port.CachedToken;
import io.omnicart.core.port.TokenCache;
import io.omnicart.core.port.TokenSession;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.RawAuthorization;
import io.omnicart.core.spi.Secret;
import io.omnicart.core.spi.StoreConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

/**
 * The {@code Authorization: Bearer} header of an Omnium account (reference §1). The client id and secret are exchanged
 * for an access token through the {@link TokenSession} (purpose {@value #PURPOSE}): cached until its {@code expiresIn}
 * (or {@code exp} claim) minus {@code skew} and at most {@code maxTtl}, one login shared by concurrent callers, one
 * re-login when Omnium answers 401, none for a second 401.
 */
public final class OmniumTokenProvider {

    public static final String PURPOSE = "omnium:bearer";

    private final TokenSession session;
    private final OmniumLogin login;
    private final Clock clock;
    private final Duration maxTtl;
    private final Duration skew;

    public OmniumTokenProvider(TokenCache cache, OmniumLogin login, Clock clock, Duration maxTtl, Duration skew) {
        this.session = new TokenSession(cache, PURPOSE, maxTtl);
        this.login = login;
        this.clock = clock;
        this.maxTtl = maxTtl;
        this.skew = skew;
    }

    /** {@code call} with the account's header; retried once with a fresh token when rejected. Cold. */
    public <T> Mono<T> authorized(StoreConnection store, Function<String, Mono<T>> call) {
        return switch (store.credentials()) {
            case Credentials.ClientCredentials client ->
                session.mono(store, login(store, client), token -> call.apply(bearer(token)));
            default -> unsupported(store);
        };
    }

    /** As {@link #authorized}, with a login of its own: verification must not trust a cached token. */
    public <T> Mono<T> authorizedAfresh(StoreConnection store, Function<String, Mono<T>> call) {
        return switch (store.credentials()) {
            case Credentials.ClientCredentials client ->
                login(store, client).flatMap(token -> call.apply(bearer(token)));
            default -> unsupported(store);
        };
    }

    /** The header for a raw passthrough request: the cached token, logging in when there is none. */
    public Mono<RawAuthorization> rawAuthorization(StoreConnection store) {
        return authorized(store, header -> Mono.just(RawAuthorization.header(HttpHeaders.AUTHORIZATION, header)));
    }

    /** Omnium refused a raw request sent with {@code rejected}: forget that token (only if it is still cached). */
    public Mono<Void> rejected(StoreConnection store, RawAuthorization rejected) {
        String header = rejected.headers().get(HttpHeaders.AUTHORIZATION);
        return session.evictIfCurrent(store, current -> bearer(current).equals(header));
    }

    private Mono<CachedToken> login(StoreConnection store, Credentials.ClientCredentials client) {
        return login.login(store, client.clientId(), client.clientSecret()).map(this::toToken);
    }

    private CachedToken toToken(OmniumTokenResponse answer) {
        String token = answer.accessToken();
        if (token == null || token.isBlank()) {
            throw OmniumErrorTranslator.unexpectedReply("the token answer carries no accessToken");
        }
        Instant now = clock.instant();
        Instant expires = answer.expiresIn() != null && answer.expiresIn() > 0
                ? now.plusSeconds(answer.expiresIn())
                : JwtExpiry.of(token).orElse(now.plus(maxTtl));
        Instant early = expires.minus(skew);
        return new CachedToken(Secret.of(token), early.isAfter(now) ? early : expires);
    }

    private static <T> Mono<T> unsupported(StoreConnection store) {
        return Mono.error(() -> OmniumErrorTranslator.unsupportedCredentials(
                store.credentials().method().wire()));
    }

    private static String bearer(CachedToken token) {
        return "Bearer " + token.value().reveal();
    }
}
