package io.omnicart.gateway.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.gateway.api.problem.ApiProblemException;
import io.omnicart.gateway.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class InMemoryEventLogTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final InMemoryEventLog log = new InMemoryEventLog(Duration.ofHours(24), 3, clock);

    @Test
    void theSameIdIsAppendedOnce() {
        assertThat(log.append(event("ws", "evt_1")).block()).isTrue();
        assertThat(log.append(event("ws", "evt_1")).block()).isFalse();
        assertThat(log.append(event("other", "evt_1")).block())
                .as("another workspace's log")
                .isTrue();
    }

    @Test
    void aSubscriberResumesAfterItsLastEventThenGetsNewOnesWithoutGapOrRepeat() {
        log.append(event("ws", "evt_1")).block();
        log.append(event("ws", "evt_2")).block();
        log.append(event("other", "evt_x")).block();

        StepVerifier.create(log.follow("ws", "evt_1").map(ChangeEvent::id))
                .expectNext("evt_2")
                .then(() -> log.append(event("ws", "evt_3")).block())
                .expectNext("evt_3")
                .thenCancel()
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void anIdNoLongerRetainedIsExpired() {
        log.append(event("ws", "evt_1")).block();
        clock.advance(Duration.ofHours(25));
        log.append(event("ws", "evt_2")).block();

        StepVerifier.create(log.follow("ws", "evt_1"))
                .expectErrorSatisfies(error -> assertThat(
                                ((ApiProblemException) error).problem().code())
                        .isEqualTo("events_expired"))
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void theOldestEventsGoPastTheLimit() {
        for (String id : List.of("evt_1", "evt_2", "evt_3", "evt_4")) {
            log.append(event("ws", id)).block();
        }

        StepVerifier.create(log.follow("ws", "evt_1"))
                .expectError(ApiProblemException.class)
                .verify();
        StepVerifier.create(log.follow("ws", "evt_2").map(ChangeEvent::id))
                .expectNext("evt_3", "evt_4")
                .thenCancel()
                .verify(Duration.ofSeconds(5));
    }

    private static WorkspaceEvent event(String workspace, String id) {
        return new WorkspaceEvent(
                workspace,
                new ChangeEvent(
                        id,
                        "order.updated",
                        "acc-1",
                        "medusa",
                        new EventResource("order", "order_1"),
                        Instant.parse("2026-11-23T07:59:50Z"),
                        Instant.parse("2026-11-23T08:00:00Z"),
                        null,
                        Map.of("id", "order_1")));
    }
}
