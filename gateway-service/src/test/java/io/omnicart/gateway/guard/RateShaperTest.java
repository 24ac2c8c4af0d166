package io.omnicart.gateway.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.error.RateLimited;
import io.omnicart.core.model.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/** The in-process bucket and the shaper's bounded wait, on virtual time. */
class RateShaperTest {

    private static final UpstreamAccount OMNIUM = new UpstreamAccount(Platform.OMNIUM, "acc-1");

    /** A clock that reads the virtual time scheduler, so bucket refills follow {@code thenAwait}. */
    private static Clock virtualClock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(VirtualTimeScheduler.get().now(TimeUnit.MILLISECONDS));
            }
        };
    }

    private static RateShaper shaper(String maxWait) {
        UpstreamProperties properties = GuardFixture.bind(Map.of(
                "omnicart.upstream.omnium.rate-limit.enabled", "true",
                "omnicart.upstream.omnium.rate-limit.capacity", "2",
                "omnicart.upstream.omnium.rate-limit.refill-tokens", "2",
                "omnicart.upstream.omnium.rate-limit.refill-period", "10s",
                "omnicart.upstream.omnium.rate-limit.max-wait", maxWait));
        return new RateShaper(new LocalTokenBuckets(virtualClock(), Duration.ofMinutes(5), 100), properties);
    }

    @Test
    void requestsBeyondTheBudgetWaitForTheNextRefillInsteadOfBeingSent() {
        VirtualTimeScheduler.getOrSet();
        RateShaper shaper = shaper("15s");
        StepVerifier.withVirtualTime(() ->
                        Flux.range(0, 4).concatMap(i -> shaper.acquire(OMNIUM).thenReturn(i)))
                .expectNext(0, 1)
                .expectNoEvent(Duration.ofMillis(9999))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(2, 3)
                .verifyComplete();
    }

    @Test
    void aWaitLongerThanTheBoundIsRateLimitedWithTheTimeToTheNextRefill() {
        VirtualTimeScheduler.getOrSet();
        RateShaper shaper = shaper("5s");
        StepVerifier.withVirtualTime(() ->
                        Flux.range(0, 3).concatMap(i -> shaper.acquire(OMNIUM).thenReturn(i)))
                .expectNext(0, 1)
                .expectErrorSatisfies(error -> assertThat(error)
                        .isInstanceOfSatisfying(
                                RateLimited.class,
                                limited -> assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(10))))
                .verify();
    }

    @Test
    void platformsWithoutAShaperAreNotLimited() {
        RateShaper shaper = new RateShaper(
                new LocalTokenBuckets(Clock.systemUTC(), Duration.ofMinutes(5), 100), GuardFixture.bind(Map.of()));
        StepVerifier.create(Flux.range(0, 10_000)
                        .concatMap(i -> shaper.acquire(new UpstreamAccount(Platform.MEDUSA, "acc-1")))
                        .then())
                .verifyComplete();
    }
}
