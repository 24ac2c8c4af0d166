package io.omnicart.gateway.events;

import io.omnicart.core.port.AccountKey;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * Leases in Redis: {@code <prefix>feed-lease:{<workspace>:<account>}} holds the id of the instance that polls the
 * account, for {@code ttl}. Taking and renewing is one script, so two instances never both believe they hold it.
 */
public final class RedisFeedLease implements FeedLease {

    private static final RedisScript<Long> HOLD = RedisScript.of("""
            local holder = redis.call('GET', KEYS[1])
            if holder == ARGV[1] then
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
              return 1
            end
            if not holder then
              redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
              return 1
            end
            return 0
            """, Long.class);

    private final ReactiveStringRedisTemplate redis;
    private final String prefix;
    private final Duration ttl;
    private final String instance;

    public RedisFeedLease(ReactiveStringRedisTemplate redis, String prefix, Duration ttl) {
        this(redis, prefix, ttl, UUID.randomUUID().toString());
    }

    RedisFeedLease(ReactiveStringRedisTemplate redis, String prefix, Duration ttl, String instance) {
        this.redis = redis;
        this.prefix = prefix;
        this.ttl = ttl;
        this.instance = instance;
    }

    @Override
    public Mono<Boolean> hold(AccountKey account) {
        String key = prefix + "feed-lease:{" + account.workspaceId() + ":" + account.accountId() + "}";
        return redis.execute(HOLD, List.of(key), List.of(instance, Long.toString(ttl.toMillis())))
                .next()
                .map(held -> held == 1L)
                .defaultIfEmpty(false);
    }
}
