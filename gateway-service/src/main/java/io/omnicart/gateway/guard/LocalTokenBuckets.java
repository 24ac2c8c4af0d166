package io.omnicart.gateway.guard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import reactor.core.publisher.Mono;

/** Token buckets in this process: the embedded default and the fallback while Redis is down. Idle buckets expire. */
public class LocalTokenBuckets implements TokenBuckets {

    private final Cache<String, Bucket> buckets;
    private final Clock clock;

    public LocalTokenBuckets(Clock clock, Duration idleEviction, long maxBuckets) {
        this.clock = clock;
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(idleEviction)
                .maximumSize(maxBuckets)
                .build();
    }

    @Override
    public Mono<BucketDecision> tryTake(String key, BucketSpec spec) {
        return Mono.fromSupplier(() ->
                buckets.get(key, k -> new Bucket(spec, clock.millis())).take(spec, clock.millis()));
    }

    /** The same arithmetic as the Redis script: whole refill steps, full buckets restart their refill clock. */
    private static final class Bucket {

        private long tokens;
        private long stamp;

        Bucket(BucketSpec spec, long now) {
            this.tokens = spec.capacity();
            this.stamp = now;
        }

        synchronized BucketDecision take(BucketSpec spec, long now) {
            long period = spec.refillPeriod().toMillis();
            long steps = (now - stamp) / period;
            if (steps > 0) {
                tokens = Math.min(spec.capacity(), tokens + steps * spec.refillTokens());
                stamp += steps * period;
            }
            if (tokens >= spec.capacity()) {
                stamp = now;
            }
            boolean allowed = tokens > 0;
            if (allowed) {
                tokens--;
            }
            return new BucketDecision(allowed, tokens, Duration.ofMillis(period - (now - stamp)));
        }
    }
}
