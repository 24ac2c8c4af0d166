package io.omnicart.gateway.tokencache;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.RedisConnectionFailureException;
import reactor.core.publisher.Mono;

/**
 * The switch on its own, with a Redis that answers or fails on command: several failures in a row before it switches,
 * no request touches Redis while switched, only the background probe switches back, and the WARN is rate-limited.
 */
class RedisFallbackTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicBoolean redisUp = new AtomicBoolean(true);
    private final AtomicInteger redisCommands = new AtomicInteger();
    private final AtomicInteger probes = new AtomicInteger();
    private final Mono<String> probe = Mono.defer(() -> {
        probes.incrementAndGet();
        return redisUp.get() ? Mono.just("PONG") : Mono.error(new RedisConnectionFailureException("refused"));
    });
    private final RedisFallback fallback =
            new RedisFallback(Duration.ofSeconds(1), Duration.ofMillis(50), 3, probe, registry);
    private final Logger logger = (Logger) LoggerFactory.getLogger(RedisFallback.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureLog() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(logged);
        fallback.close();
    }

    private String call() {
        Mono<String> redis = Mono.defer(() -> {
            redisCommands.incrementAndGet();
            return redisUp.get() ? Mono.just("redis") : Mono.error(new RedisConnectionFailureException("refused"));
        });
        return fallback.call(redis, () -> Mono.just("local")).block();
    }

    @Test
    void everyFailedCommandIsServedLocallyButOnlyAFullRunOfFailuresSwitches() {
        redisUp.set(false);
        assertThat(call()).isEqualTo("local");
        assertThat(call()).isEqualTo("local");
        assertThat(fallback.isDown()).isFalse();

        redisUp.set(true);
        assertThat(call()).isEqualTo("redis");
        redisUp.set(false);
        assertThat(call()).isEqualTo("local");
        assertThat(call()).isEqualTo("local");
        assertThat(fallback.isDown())
                .as("a success in between restarts the count")
                .isFalse();

        assertThat(call()).isEqualTo("local");
        assertThat(fallback.isDown()).isTrue();
        assertThat(gauge()).isEqualTo(1.0);
        assertThat(registry.get("omnicart.redis.fallback.events").counter().count())
                .isEqualTo(1.0);
    }

    @Test
    void whileSwitchedNoRequestTouchesRedisAndOnlyTheProbeSwitchesBack() {
        redisUp.set(false);
        call();
        call();
        call();
        assertThat(fallback.isDown()).isTrue();
        int commandsWhenSwitched = redisCommands.get();

        redisUp.set(true);
        assertThat(call()).isEqualTo("local");
        assertThat(redisCommands).hasValue(commandsWhenSwitched);

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !fallback.isDown());
        assertThat(probes).hasPositiveValue();
        assertThat(gauge()).isZero();
        assertThat(call()).isEqualTo("redis");
        assertThat(logged.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.INFO);
    }

    @Test
    void aFlappingRedisIsWarnedAboutOncePerInterval() {
        for (int outage = 0; outage < 3; outage++) {
            redisUp.set(false);
            call();
            call();
            call();
            assertThat(fallback.isDown()).isTrue();
            redisUp.set(true);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !fallback.isDown());
        }

        assertThat(registry.get("omnicart.redis.fallback.events").counter().count())
                .isEqualTo(3.0);
        assertThat(logged.list)
                .filteredOn(event -> event.getLevel() == Level.WARN)
                .hasSize(1)
                .allSatisfy(event -> assertThat(event.getFormattedMessage())
                        .contains("RedisConnectionFailureException")
                        .doesNotContain("refused"));
    }

    @Test
    void aClosedFallbackStopsProbing() {
        redisUp.set(false);
        call();
        call();
        call();
        fallback.close();
        int probesAtClose = probes.get();
        redisUp.set(true);

        Awaitility.await()
                .during(Duration.ofMillis(300))
                .atMost(Duration.ofSeconds(2))
                .until(() -> probes.get() <= probesAtClose + 1);
        assertThat(fallback.isDown()).isTrue();
    }

    private double gauge() {
        return registry.get("omnicart.redis.fallback").gauge().value();
    }
}
