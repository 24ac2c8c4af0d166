package io.omnicart.gateway.guard;

import io.omnicart.gateway.tokencache.RedisFallback;
import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * Token buckets in Redis, shared by every gateway instance: one atomic Lua script per take (time from the Redis server,
 * so instance clocks do not matter). While Redis is down the in-process buckets answer instead.
 */
public class RedisTokenBuckets implements TokenBuckets {

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> TAKE = RedisScript.of("""
            local capacity = tonumber(ARGV[1])
            local refill = tonumber(ARGV[2])
            local period = tonumber(ARGV[3])
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            local state = redis.call('HMGET', KEYS[1], 'tokens', 'stamp')
            local tokens = tonumber(state[1])
            local stamp = tonumber(state[2])
            if tokens == nil then tokens = capacity; stamp = now end
            local steps = math.floor((now - stamp) / period)
            if steps > 0 then
              tokens = math.min(capacity, tokens + steps * refill)
              stamp = stamp + steps * period
            end
            if tokens >= capacity then stamp = now end
            local allowed = 0
            if tokens > 0 then tokens = tokens - 1; allowed = 1 end
            redis.call('HSET', KEYS[1], 'tokens', tokens, 'stamp', stamp)
            local full = math.ceil((capacity - tokens) / refill) * period
            redis.call('PEXPIRE', KEYS[1], full + period)
            return {allowed, tokens, period - (now - stamp)}
            """, List.class);

    private final ReactiveStringRedisTemplate redis;
    private final RedisFallback fallback;
    private final LocalTokenBuckets local;
    private final String prefix;

    public RedisTokenBuckets(
            ReactiveStringRedisTemplate redis, RedisFallback fallback, LocalTokenBuckets local, String prefix) {
        this.redis = redis;
        this.fallback = fallback;
        this.local = local;
        this.prefix = prefix;
    }

    @Override
    public Mono<BucketDecision> tryTake(String key, BucketSpec spec) {
        List<String> args = List.of(
                Long.toString(spec.capacity()),
                Long.toString(spec.refillTokens()),
                Long.toString(spec.refillPeriod().toMillis()));
        Mono<BucketDecision> take = redis.execute(TAKE, List.of(prefix + "bucket:{" + key + "}"), args)
                .next()
                .map(RedisTokenBuckets::decision);
        return fallback.call(take, () -> local.tryTake(key, spec));
    }

    private static BucketDecision decision(List<?> reply) {
        long allowed = ((Number) reply.get(0)).longValue();
        long remaining = ((Number) reply.get(1)).longValue();
        long nextRefillMillis = ((Number) reply.get(2)).longValue();
        return new BucketDecision(allowed == 1, remaining, Duration.ofMillis(Math.max(0, nextRefillMillis)));
    }
}
