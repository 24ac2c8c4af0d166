package io.omnicart.adapter.medusa.auth;

import io.omnicart.adapter.medusa.error.MedusaErrorTranslator;
import io.omnicart.adapter.medusa.error.MedusaLoginRefusal;
import io.omnicart.adapter.medusa.model.MedusaAuthResponse;
import io.omnicart.adapter.support.auth.JwtExpiry;
import io.omnicart.core.port.CachedToken;
import io.omnicart.core.port.TokenCache;
import io.omnicart.core.port.TokenSession;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.core.spi.StoreConnection;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The {@code Authorization} header of a store account (reference §2). A secret API key goes as HTTP Basic with the key
 * as user name and an empty password; a 401 with it is final. An admin e-mail and password are exchanged for a JWT
 * through the {@link TokenSession} (purpose {@value #PURPOSE}, cached at most {@code maxTtl}, one shared login, one
 * re-login when Medusa answers 401).
 */
public final class MedusaTokenProvider {

    public static final String PURPOSE = "medusa:admin-jwt";

    private final TokenSession session;
    private final MedusaLogin login;
    private final Clock clock;
    private final Duration maxTtl;

    public MedusaTokenProvider(TokenCache cache, MedusaLogin login, Clock clock, Duration maxTtl) {
        this.session = new TokenSession(cache, PURPOSE, maxTtl);
        this.login = login;
        this.clock = clock;
        this.maxTtl = maxTtl;
    }

    /** {@code call} with the account's header; for a JWT, retried once with a fresh login when rejected. Cold. */
    public <T> Mono<T> authorized(StoreConnection store, Function<String, Mono<T>> call) {
        return switch (store.credentials()) {
            case Credentials.ApiKey key -> Mono.defer(() -> call.apply(basic(key.apiKey())));
            case Credentials.EmailPassword user ->
                session.mono(store, login(store, user), token -> call.apply(bearer(token)));
            default -> unsupported(store);
        };
    }

    /** As {@link #authorized}, but with a login of its own for a JWT: verification must not trust a cached token. */
    public <T> Mono<T> authorizedAfresh(StoreConnection store, Function<String, Mono<T>> call) {
        if (store.credentials() instanceof Credentials.EmailPassword user) {
            return login(store, user).flatMap(token -> call.apply(bearer(token)));
        }
        return authorized(store, call);
    }

    /**
     * The header of a raw passthrough request: the Basic key, or the cached JWT (one shared login when none is cached).
     * The gateway sends the request itself, so a 401 comes back through {@link #rawRejected}. Cold.
     */
    public Mono<String> rawAuthorization(StoreConnection store) {
        return authorized(store, Mono::just);
    }

    /**
     * Medusa answered 401 to a raw request sent with {@code header}: forget the cached JWT if it is still the one that
     * was sent (a concurrent request may already have logged in again). A secret key has nothing cached.
     */
    public Mono<Void> rawRejected(StoreConnection store, String header) {
        if (!(store.credentials() instanceof Credentials.EmailPassword)) {
            return Mono.empty();
        }
        return session.evictIfCurrent(store, current -> bearer(current).equals(header));
    }

    private Mono<CachedToken> login(StoreConnection store, Credentials.EmailPassword user) {
        return login.login(store, user.email(), user.password()).map(this::toToken);
    }

    private CachedToken toToken(MedusaAuthResponse answer) {
        MedusaLoginRefusal refusal = refusal(answer);
        if (refusal != null) {
            throw MedusaErrorTranslator.loginIncomplete(refusal);
        }
        String token = answer.token();
        return new CachedToken(
                Secret.of(token),
                JwtExpiry.of(token).orElseGet(() -> clock.instant().plus(maxTtl)));
    }

    private static @Nullable MedusaLoginRefusal refusal(MedusaAuthResponse answer) {
        if (Boolean.TRUE.equals(answer.mfaRequired())) {
            return MedusaLoginRefusal.MFA_REQUIRED;
        }
        if (Boolean.TRUE.equals(answer.verificationRequired())) {
            return MedusaLoginRefusal.VERIFICATION_REQUIRED;
        }
        if (answer.location() != null) {
            return MedusaLoginRefusal.REDIRECT;
        }
        return answer.token() == null || answer.token().isBlank() ? MedusaLoginRefusal.NO_TOKEN : null;
    }

    private static <T> Mono<T> unsupported(StoreConnection store) {
        return Mono.error(() -> MedusaErrorTranslator.unsupportedCredentials(
                store.credentials().method().wire()));
    }

    private static String basic(Secret apiKey) {
        byte[] userPass = (apiKey.reveal().strip() + ":").getBytes(StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(userPass);
    }

    private static String bearer(CachedToken token) {
        return "Bearer " + token.value().reveal();
    }
}
