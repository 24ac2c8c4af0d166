package io.omnicart.gateway.cache;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Single flight per cache key on this instance: the first miss (the leader) calls upstream, concurrent misses wait for
 * its entry. A leader that ends without one (error, non-200, cancel) releases them empty; they then call upstream.
 */
class ResponseFlights {

    private final ConcurrentHashMap<String, Sinks.One<CachedResponse>> running = new ConcurrentHashMap<>();

    boolean isRunning(CacheKey key) {
        return running.containsKey(key.value());
    }

    /**
     * Runs {@code leader} with the sink it must complete, or {@code follower} with the leader's outcome (empty when the
     * leader produced no entry) when a flight for {@code key} is already running.
     */
    Mono<Void> joinOrLead(
            CacheKey key,
            Function<Sinks.One<CachedResponse>, Mono<Void>> leader,
            Function<Optional<CachedResponse>, Mono<Void>> follower) {
        return Mono.defer(() -> {
            Sinks.One<CachedResponse> flight = Sinks.one();
            Sinks.One<CachedResponse> existing = running.putIfAbsent(key.value(), flight);
            if (existing != null) {
                return existing.asMono()
                        .map(Optional::of)
                        .defaultIfEmpty(Optional.empty())
                        .flatMap(follower);
            }
            return leader.apply(flight).doFinally(signal -> land(key, flight));
        });
    }

    private void land(CacheKey key, Sinks.One<CachedResponse> flight) {
        running.remove(key.value(), flight);
        flight.tryEmitEmpty();
    }
}
