package io.omnicart.core.port;

import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Upstream tokens per store account, shared by every gateway instance where the implementation allows. Entries are
 * keyed by account id and a purpose (e.g. {@code admin-jwt}); values never appear in logs or metrics.
 */
public interface TokenCache {

    /** The cached token, or an empty Mono when there is none or it has expired. */
    Mono<CachedToken> get(String accountId, String purpose);

    /** Store a token for at most {@code maxTtl} and never past its own expiry. */
    Mono<Void> put(String accountId, String purpose, CachedToken token, Duration maxTtl);

    /**
     * The cached token, or the result of {@code login} stored with {@code maxTtl}; concurrent callers for the same
     * account and purpose share one login.
     */
    Mono<CachedToken> getOrLogin(String accountId, String purpose, Mono<CachedToken> login, Duration maxTtl);

    /** Forget one token (after the store rejected it). */
    Mono<Void> evict(String accountId, String purpose);

    /** Forget every token of the account (account removed or credentials changed). */
    Mono<Void> evictAccount(String accountId);

    /**
     * A cache that keeps nothing: every call logs in. The adapters' fallback when the application provides no cache
     * (an adapter used on its own, outside the gateway).
     */
    static TokenCache none() {
        return NoTokenCache.INSTANCE;
    }
}
