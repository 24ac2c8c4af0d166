package io.omnicart.gateway.cache;

import reactor.core.publisher.Mono;

/** Where cached responses and per-account generations live (in-process or Redis). */
public interface ResponseStore {

    /** The entry under {@code key}, empty when absent or expired. */
    Mono<CachedResponse> get(CacheKey key);

    Mono<Void> put(CacheKey key, CachedResponse response);

    /** The account's current generation (0 before its first write). */
    Mono<Long> generation(AccountScope scope);

    /** Moves the account to a new generation: every entry stored before is no longer found. */
    Mono<Void> evictAccount(AccountScope scope);
}
