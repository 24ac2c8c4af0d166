package io.omnicart.gateway.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.omnicart.gateway.support.TestRedis;
import io.omnicart.gateway.tokencache.RedisFallback;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/** The Lua bucket against the shared test Redis: two "instances" draw from one budget. */
class RedisTokenBucketsTest {

    private final LettuceConnectionFactory factory = TestRedis.connect(TestRedis.host(), TestRedis.port());
    private final String prefix = TestRedis.uniquePrefix();

    @AfterEach
    void close() {
        factory.destroy();
    }

    private RedisTokenBuckets instance() {
        RedisFallback fallback = new RedisFallback(
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                3,
                RedisFallback.ping(TestRedis.template(factory)),
                new SimpleMeterRegistry());
        LocalTokenBuckets local = new LocalTokenBuckets(Clock.systemUTC(), Duration.ofMinutes(1), 10);
        return new RedisTokenBuckets(TestRedis.template(factory), fallback, local, prefix);
    }

    @Test
    void theFleetSharesOneBudgetPerKey() {
        BucketSpec spec = new BucketSpec(3, 3, Duration.ofMinutes(1));
        List<RedisTokenBuckets> fleet = List.of(instance(), instance());

        List<BucketDecision> decisions = List.of(
                fleet.get(0).tryTake("upstream:omnium:acc-1", spec).block(),
                fleet.get(1).tryTake("upstream:omnium:acc-1", spec).block(),
                fleet.get(0).tryTake("upstream:omnium:acc-1", spec).block(),
                fleet.get(1).tryTake("upstream:omnium:acc-1", spec).block());

        assertThat(decisions).extracting(BucketDecision::allowed).containsExactly(true, true, true, false);
        assertThat(decisions).extracting(BucketDecision::remaining).containsExactly(2L, 1L, 0L, 0L);
        assertThat(decisions.get(3).nextRefill()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(fleet.get(0).tryTake("upstream:omnium:acc-2", spec).block().allowed())
                .isTrue();
    }

    @Test
    void tokensComeBackAfterTheRefillPeriod() throws InterruptedException {
        BucketSpec spec = new BucketSpec(1, 1, Duration.ofMillis(300));
        RedisTokenBuckets buckets = instance();
        assertThat(buckets.tryTake("caller:ws-1", spec).block().allowed()).isTrue();
        BucketDecision empty = buckets.tryTake("caller:ws-1", spec).block();
        assertThat(empty.allowed()).isFalse();

        Thread.sleep(empty.nextRefill().toMillis() + 50);
        assertThat(buckets.tryTake("caller:ws-1", spec).block().allowed()).isTrue();
    }
}
