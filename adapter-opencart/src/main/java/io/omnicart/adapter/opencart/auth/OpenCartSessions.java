package io.omnicart.adapter.opencart.auth;

import io.omnicart.adapter.opencart.client.OpenCartLoginResult;
import io.omnicart.adapter.opencart.client.OpenCartNativeClient;
import io.omnicart.adapter.opencart.error.OpenCartErrorTranslator;
import io.omnicart.core.port.CachedToken;
import io.omnicart.core.port.TokenCache;
import io.omnicart.core.port.TokenSession;
import io.omnicart.core.spi.StoreConnection;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * Native API sessions per account through the {@link TokenSession} (purpose {@value #PURPOSE}): one shared login when
 * none is cached, and one fresh login when OpenCart refuses a cached session (3.0's permission error, 4.0's 404 page,
 * 4.1's 403), after which a refusal stands. On 4.1, which has no sessions, the "session" only remembers that the store
 * speaks the signed protocol and that one signed call was accepted; every call is signed with the key itself. A 3.0 session dies after about 24 minutes idle (PHP's {@code session.gc_maxlifetime},
 * reference §4), so sessions are cached for less than that by default.
 */
public final class OpenCartSessions {

    public static final String PURPOSE = "opencart:api-session";

    private final TokenSession session;
    private final OpenCartNativeClient nativeApi;
    private final OpenCartErrorTranslator errors;
    private final Clock clock;
    private final Duration ttl;

    public OpenCartSessions(
            TokenCache cache,
            OpenCartNativeClient nativeApi,
            OpenCartErrorTranslator errors,
            Clock clock,
            Duration ttl) {
        this.session = new TokenSession(cache, PURPOSE, ttl);
        this.nativeApi = nativeApi;
        this.errors = errors;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** {@code call} within the account's session; retried once with a fresh login when the session was refused. */
    public <T> Mono<T> withSession(StoreConnection store, Function<OpenCartSession, Mono<T>> call) {
        return session.mono(store, login(store), token -> call.apply(decode(token)));
    }

    /** The account's session, logging in when none is cached (for the raw passthrough). */
    public Mono<OpenCartSession> current(StoreConnection store) {
        return withSession(store, Mono::just);
    }

    /** Forget the account's session (the store refused it on a raw request). */
    public Mono<Void> evict(StoreConnection store) {
        return session.evict(store);
    }

    private Mono<CachedToken> login(StoreConnection store) {
        return nativeApi.login(store).map(this::toToken);
    }

    private CachedToken toToken(OpenCartLoginResult result) {
        return switch (result) {
            case OpenCartLoginResult.Started started ->
                new OpenCartSession(started.version(), started.token())
                        .toCachedToken(clock.instant().plus(ttl));
            case OpenCartLoginResult.Refused refused ->
                throw errors.loginRefused(refused.refusal(), refused.callerIp(), refused.storeMessage());
        };
    }

    private static OpenCartSession decode(CachedToken token) {
        return OpenCartSession.fromCachedToken(token)
                .orElseThrow(() -> OpenCartErrorTranslator.sessionRejected("the cached session is not one of ours"));
    }
}
