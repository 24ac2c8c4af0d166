package io.omnicart.adapter.support.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.model.StoreOverview;
import io.omnicart.core.model.TimeWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class OverviewCacheTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final OverviewCache.Key KEY = new OverviewCache.Key("acc_1", Duration.ofDays(30));

    private final AtomicReference<Instant> now = new AtomicReference<>(NOW);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void aFreshOverviewIsServedFlaggedCachedUntilItsTtlEnds() {
        OverviewCache cache = new OverviewCache(Duration.ofMinutes(1), clock);
        StoreOverview overview = overview();

        assertThat(cache.put(KEY, overview)).isSameAs(overview);
        assertThat(cache.get(KEY)).contains(overview.asCached());
        assertThat(cache.get(new OverviewCache.Key("acc_1", Duration.ofDays(7))))
                .isEmpty();

        now.set(NOW.plus(Duration.ofMinutes(1)));
        assertThat(cache.get(KEY)).isEmpty();
    }

    @Test
    void anOverviewIsComputedOnlyWhenNoneIsFresh() {
        OverviewCache cache = new OverviewCache(Duration.ofMinutes(1), clock);
        AtomicInteger computed = new AtomicInteger();
        Mono<StoreOverview> overview = cache.get("acc_1", Duration.ofDays(30), () -> {
            computed.incrementAndGet();
            return Mono.just(overview());
        });

        assertThat(computed).hasValue(0);
        assertThat(overview.block()).isEqualTo(overview());
        assertThat(overview.block()).isEqualTo(overview().asCached());
        assertThat(computed).hasValue(1);
    }

    @Test
    void aZeroTtlTurnsTheCacheOff() {
        OverviewCache cache = new OverviewCache(Duration.ZERO, clock);

        cache.put(KEY, overview());

        assertThat(cache.get(KEY)).isEmpty();
    }

    private static StoreOverview overview() {
        OffsetDateTime to = NOW.atOffset(ZoneOffset.UTC);
        return new StoreOverview(3, 2, 1, List.of(), new TimeWindow(to.minusDays(30), to), to, false);
    }
}
