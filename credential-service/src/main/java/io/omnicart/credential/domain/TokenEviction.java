package io.omnicart.credential.domain;

import io.omnicart.core.port.TokenCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Forgets every cached upstream token of an account in every {@link TokenCache} the gateway has. */
public final class TokenEviction {

    private static final Logger log = LoggerFactory.getLogger(TokenEviction.class);

    private final ObjectProvider<TokenCache> caches;

    public TokenEviction(ObjectProvider<TokenCache> caches) {
        this.caches = caches;
    }

    /** Completes when every cache forgot the account; a failing cache is logged, not propagated. */
    public Mono<Void> evict(String accountId) {
        return Flux.fromStream(caches::orderedStream)
                .concatMap(cache -> cache.evictAccount(accountId).onErrorResume(error -> {
                    log.warn(
                            "could not evict cached tokens of account {}: {}",
                            accountId,
                            error.getClass().getName());
                    return Mono.empty();
                }))
                .then();
    }
}
