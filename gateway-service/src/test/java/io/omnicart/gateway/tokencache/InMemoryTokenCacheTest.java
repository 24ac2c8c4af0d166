package io.omnicart.gateway.tokencache;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.omnicart.core.port.CachedToken;
import io.omnicart.core.spi.Secret;
import io.omnicart.gateway.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class InMemoryTokenCacheTest {

    private static final Instant START = Instant.parse("2026-01-10T10:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final InMemoryTokenCache cache = new InMemoryTokenCache(
            new TokenTtl(TokenCacheFixtures.defaults(), clock), new TokenMetrics(registry), 1000);
    private final AtomicInteger logins = new AtomicInteger();

    private Mono<CachedToken> login(Instant expiresAt) {
        return Mono.delay(Duration.ofMillis(100))
                .map(tick -> new CachedToken(Secret.of("jwt-" + logins.incrementAndGet()), expiresAt));
    }

    @Test
    void concurrentColdCallersShareOneLogin() {
        Mono<CachedToken> login = login(START.plus(Duration.ofDays(1)));
        List<CachedToken> tokens = Flux.range(0, 200)
                .flatMap(i -> cache.getOrLogin("acc-1", "medusa:admin-jwt", login, Duration.ofHours(1)), 200)
                .collectList()
                .block(Duration.ofSeconds(5));

        assertThat(tokens).hasSize(200).allMatch(t -> t.value().equals(Secret.of("jwt-1")));
        assertThat(logins).hasValue(1);
        assertThat(registry.get("omnicart.token.logins")
                        .tag("platform", "medusa")
                        .tag("outcome", "success")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        assertThat(registry.get("omnicart.token.cache")
                        .tag("result", "miss")
                        .counter()
                        .count())
                .isPositive();
    }

    @Test
    void tokenIsKeptUntilPlatformCapThenLoggedInAgain() {
        Mono<CachedToken> login = login(START.plus(Duration.ofDays(1)));
        cache.getOrLogin("acc-1", "medusa:admin-jwt", login, Duration.ofHours(2))
                .block();

        clock.advance(Duration.ofMinutes(54));
        StepVerifier.create(cache.get("acc-1", "medusa:admin-jwt"))
                .expectNextMatches(t -> t.value().equals(Secret.of("jwt-1")))
                .verifyComplete();
        clock.advance(Duration.ofMinutes(2));
        StepVerifier.create(cache.get("acc-1", "medusa:admin-jwt")).verifyComplete();
        cache.getOrLogin("acc-1", "medusa:admin-jwt", login, Duration.ofHours(2))
                .block();
        assertThat(logins).hasValue(2);
    }

    @Test
    void tokenIsDroppedSkewBeforeItsOwnExpiry() {
        Mono<CachedToken> login = login(START.plus(Duration.ofMinutes(10)));
        cache.getOrLogin("acc-1", "omnium:bearer", login, Duration.ofDays(30)).block();

        clock.advance(Duration.ofMinutes(8).plusSeconds(59));
        StepVerifier.create(cache.get("acc-1", "omnium:bearer"))
                .expectNextCount(1)
                .verifyComplete();
        clock.advance(Duration.ofSeconds(2));
        StepVerifier.create(cache.get("acc-1", "omnium:bearer")).verifyComplete();
    }

    @Test
    void tokenThatExpiresWithinTheSkewIsReturnedButNotCached() {
        Mono<CachedToken> login = login(START.plusSeconds(30));
        StepVerifier.create(cache.getOrLogin("acc-1", "omnium:bearer", login, Duration.ofDays(1)))
                .expectNextCount(1)
                .verifyComplete();
        StepVerifier.create(cache.get("acc-1", "omnium:bearer")).verifyComplete();
    }

    @Test
    void evictAccountForgetsEveryPurposeOfThatAccountOnly() {
        CachedToken token = new CachedToken(Secret.of("t"), START.plus(Duration.ofDays(1)));
        Flux.concat(
                        cache.put("acc-1", "medusa:admin-jwt", token, Duration.ofHours(1)),
                        cache.put("acc-1", "medusa:other", token, Duration.ofHours(1)),
                        cache.put("acc-2", "medusa:admin-jwt", token, Duration.ofHours(1)))
                .blockLast();

        cache.evictAccount("acc-1").block();

        StepVerifier.create(cache.get("acc-1", "medusa:admin-jwt")).verifyComplete();
        StepVerifier.create(cache.get("acc-1", "medusa:other")).verifyComplete();
        StepVerifier.create(cache.get("acc-2", "medusa:admin-jwt"))
                .expectNext(token)
                .verifyComplete();
    }

    @Test
    void failedLoginIsNotCachedAndTheNextCallerTriesAgain() {
        AtomicInteger attempts = new AtomicInteger();
        Mono<CachedToken> failing = Mono.defer(() -> {
            attempts.incrementAndGet();
            return Mono.error(new IllegalStateException("store down"));
        });
        StepVerifier.create(cache.getOrLogin("acc-1", "medusa:admin-jwt", failing, Duration.ofHours(1)))
                .verifyError(IllegalStateException.class);
        StepVerifier.create(cache.getOrLogin("acc-1", "medusa:admin-jwt", failing, Duration.ofHours(1)))
                .verifyError(IllegalStateException.class);
        assertThat(attempts).hasValue(2);
        assertThat(registry.get("omnicart.token.logins")
                        .tag("outcome", "failure")
                        .counter()
                        .count())
                .isEqualTo(2.0);
    }
}
