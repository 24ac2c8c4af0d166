package io.omnicart.gateway.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.port.AccountKey;
import io.omnicart.gateway.api.problem.ApiProblemException;
import io.omnicart.gateway.support.TestRedis;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fleet's event log and leases on a real Redis: two logs stand for two gateway instances sharing it.
 */
class RedisEventLogTest {

    private final String prefix = TestRedis.uniquePrefix();
    private LettuceConnectionFactory factory;
    private RedisEventLog instanceA;
    private RedisEventLog instanceB;

    @BeforeEach
    void connect() {
        factory = TestRedis.connect(TestRedis.host(), TestRedis.port());
        instanceA = log();
        instanceB = log();
        instanceA.start();
        instanceB.start();
    }

    @AfterEach
    void close() {
        instanceA.stop();
        instanceB.stop();
        factory.destroy();
    }

    @Test
    void anEventIsAppendedOnceFleetWide() {
        assertThat(instanceA.append(event("ws", 1)).block()).isTrue();
        assertThat(instanceB.append(event("ws", 1)).block())
                .as("the other instance saw the same change")
                .isFalse();
        assertThat(instanceB.append(event("other-ws", 1)).block()).isTrue();
    }

    @Test
    void aSubscriberOnOneInstanceGetsWhatAnotherAppendsAndResumesAfterItsLastId() {
        instanceA.append(event("ws", 1)).block();
        instanceA.append(event("ws", 2)).block();

        StepVerifier.create(instanceB.follow("ws", id(1)).map(ChangeEvent::id))
                .expectNext(id(2))
                .then(() -> instanceA.append(event("ws", 3)).block())
                .expectNext(id(3))
                .thenCancel()
                .verify(Duration.ofSeconds(10));
        StepVerifier.create(instanceA.follow("ws", null).map(ChangeEvent::id))
                .then(() -> instanceB.append(event("ws", 4)).block())
                .expectNext(id(4))
                .thenCancel()
                .verify(Duration.ofSeconds(10));
    }

    @Test
    void theEventComesBackAsItWasWritten() {
        ChangeEvent written = event("ws", 2).event();
        instanceA.append(event("ws", 1)).block();
        instanceA.append(event("ws", 2)).block();

        ChangeEvent read = instanceB.follow("ws", id(1)).blockFirst(Duration.ofSeconds(10));
        assertThat(read.id()).isEqualTo(id(2));
        assertThat(read.resource()).isEqualTo(written.resource());
        assertThat(read.occurredAt()).isEqualTo(written.occurredAt());
        assertThat(read.changes()).isEqualTo(written.changes());
        assertThat(read.data()).isEqualTo(Map.of("id", "order_2"));
    }

    @Test
    void anUnknownIdIsExpired() {
        StepVerifier.create(instanceA.follow("ws", "evt_" + "0".repeat(26)))
                .expectErrorSatisfies(error -> assertThat(
                                ((ApiProblemException) error).problem().code())
                        .isEqualTo("events_expired"))
                .verify(Duration.ofSeconds(10));
    }

    @Test
    void oneInstanceHoldsALeaseUntilItLapses() throws InterruptedException {
        var redis = TestRedis.template(factory);
        RedisFeedLease first = new RedisFeedLease(redis, prefix, Duration.ofMillis(300), "instance-1");
        RedisFeedLease second = new RedisFeedLease(redis, prefix, Duration.ofMillis(300), "instance-2");
        AccountKey account = new AccountKey("ws", "acc-1");

        assertThat(first.hold(account).block()).isTrue();
        assertThat(second.hold(account).block()).isFalse();
        assertThat(first.hold(account).block()).as("renewed").isTrue();
        Thread.sleep(450);
        assertThat(second.hold(account).block())
                .as("taken over after the holder stopped renewing")
                .isTrue();
        assertThat(first.hold(account).block()).isFalse();
    }

    private RedisEventLog log() {
        return new RedisEventLog(
                factory,
                JsonMapper.builder().build(),
                prefix,
                Duration.ofHours(24),
                Duration.ofMillis(200),
                Clock.systemUTC());
    }

    private static String id(int n) {
        return "evt_" + String.format("%026d", n);
    }

    private static WorkspaceEvent event(String workspace, int n) {
        return new WorkspaceEvent(
                workspace,
                new ChangeEvent(
                        id(n),
                        "order.updated",
                        "acc-1",
                        "medusa",
                        new EventResource("order", "order_" + n),
                        Instant.parse("2026-11-23T07:59:50Z"),
                        Instant.parse("2026-11-23T08:00:00Z"),
                        Map.of("status", new FieldChange("pending", "completed")),
                        Map.of("id", "order_" + n)));
    }
}
