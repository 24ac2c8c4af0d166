package io.omnicart.gateway.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** The account bulkhead on its own: FIFO hand-over, bounded queue, max wait, and permits returned exactly once. */
class PermitQueueTest {

    private static final Duration LONG_WAIT = Duration.ofMinutes(1);
    private static final Supplier<RuntimeException> FULL = () -> new IllegalStateException("full");

    private final List<Integer> started = new CopyOnWriteArrayList<>();

    private Mono<Integer> recorded(int id) {
        return Mono.fromSupplier(() -> {
            started.add(id);
            return id;
        });
    }

    @Test
    void waitersStartInArrivalOrderAsPermitsFreeUp() {
        PermitQueue queue = new PermitQueue(1, 10);
        Sinks.One<Integer> first = Sinks.one();
        List<Integer> results = new CopyOnWriteArrayList<>();
        queue.run(first.asMono(), LONG_WAIT, FULL).subscribe(results::add);
        for (int id = 1; id <= 5; id++) {
            queue.run(recorded(id), LONG_WAIT, FULL).subscribe(results::add);
        }
        assertThat(started).isEmpty();
        assertThat(queue.queued()).isEqualTo(5);

        first.tryEmitValue(0);

        assertThat(started).containsExactly(1, 2, 3, 4, 5);
        assertThat(results).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
        assertThat(queue.available()).isEqualTo(1);
        assertThat(queue.queued()).isZero();
    }

    @Test
    void cancellingARunningCallReturnsItsPermitToTheNextWaiter() {
        PermitQueue queue = new PermitQueue(1, 10);
        AtomicInteger upstreamCancelled = new AtomicInteger();
        Disposable holder = queue.run(
                        Mono.<Integer>never().doOnCancel(upstreamCancelled::incrementAndGet), LONG_WAIT, FULL)
                .subscribe();
        queue.run(recorded(1), LONG_WAIT, FULL).subscribe();
        assertThat(started).isEmpty();

        holder.dispose();

        assertThat(upstreamCancelled).hasValue(1);
        assertThat(started).containsExactly(1);
        assertThat(queue.available()).isEqualTo(1);
        holder.dispose();
        assertThat(queue.available())
                .as("a permit is returned once, however often it is cancelled")
                .isEqualTo(1);
    }

    @Test
    void aCancelledWaiterLeavesTheQueueAndNeverRuns() {
        PermitQueue queue = new PermitQueue(1, 10);
        Sinks.One<Integer> holder = Sinks.one();
        queue.run(holder.asMono(), LONG_WAIT, FULL).subscribe();
        Disposable cancelled = queue.run(recorded(1), LONG_WAIT, FULL).subscribe();
        queue.run(recorded(2), LONG_WAIT, FULL).subscribe();

        cancelled.dispose();
        assertThat(queue.queued()).isEqualTo(1);
        holder.tryEmitValue(0);

        assertThat(started).containsExactly(2);
        assertThat(queue.available()).isEqualTo(1);
    }

    @Test
    void failingAndEmptyCallsReturnTheirPermits() {
        PermitQueue queue = new PermitQueue(1, 10);
        StepVerifier.create(queue.run(Mono.<Integer>error(new IllegalArgumentException("boom")), LONG_WAIT, FULL))
                .expectErrorMessage("boom")
                .verify();
        StepVerifier.create(queue.run(Mono.<Integer>empty(), LONG_WAIT, FULL)).verifyComplete();
        StepVerifier.create(queue.run(recorded(1), LONG_WAIT, FULL))
                .expectNext(1)
                .verifyComplete();
        assertThat(queue.available()).isEqualTo(1);
    }

    @Test
    void aFullQueueRefusesAtOnce() {
        PermitQueue queue = new PermitQueue(1, 1);
        Sinks.One<Integer> holder = Sinks.one();
        queue.run(holder.asMono(), LONG_WAIT, FULL).subscribe();
        queue.run(recorded(1), LONG_WAIT, FULL).subscribe();

        StepVerifier.create(queue.run(recorded(2), LONG_WAIT, FULL))
                .expectErrorMessage("full")
                .verify();
        holder.tryEmitValue(0);
        assertThat(started).containsExactly(1);
    }

    @Test
    void aWaiterGivesUpAfterItsMaxWaitWithoutTakingAPermit() {
        PermitQueue queue = new PermitQueue(1, 10);
        StepVerifier.withVirtualTime(() -> Mono.zip(
                        queue.run(Mono.delay(Duration.ofSeconds(2)).thenReturn(0), LONG_WAIT, FULL),
                        queue.run(recorded(1), Duration.ofMillis(500), FULL)
                                .onErrorResume(IllegalStateException.class, full -> Mono.just(-1)),
                        queue.run(recorded(2), Duration.ofSeconds(5), FULL)))
                .thenAwait(Duration.ofSeconds(3))
                .assertNext(results -> assertThat(List.of(results.getT1(), results.getT2(), results.getT3()))
                        .containsExactly(0, -1, 2))
                .verifyComplete();
        assertThat(started).containsExactly(2);
        assertThat(queue.available()).isEqualTo(1);
    }

    @Test
    void withoutMaxWaitABusyBulkheadRefusesAtOnce() {
        PermitQueue queue = new PermitQueue(1, 10);
        queue.run(Mono.<Integer>never(), LONG_WAIT, FULL).subscribe();
        StepVerifier.create(queue.run(recorded(1), Duration.ZERO, FULL))
                .expectErrorMessage("full")
                .verify();
        assertThat(queue.queued()).isZero();
    }

    @Test
    void concurrentCallersNeverExceedThePermitsAndAllFinish() {
        PermitQueue queue = new PermitQueue(4, 1000);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        Mono<Integer> work = Mono.defer(() -> {
            peak.accumulateAndGet(running.incrementAndGet(), Math::max);
            return Mono.delay(Duration.ofMillis(1))
                    .map(tick -> running.decrementAndGet())
                    .doOnCancel(running::decrementAndGet);
        });

        Long done = Flux.range(0, 400)
                .flatMap(
                        i -> queue.run(work, LONG_WAIT, FULL)
                                .subscribeOn(Schedulers.parallel())
                                .take(i % 7 == 0 ? Duration.ZERO : LONG_WAIT),
                        400)
                .count()
                .block(Duration.ofSeconds(30));

        assertThat(done).isPositive();
        assertThat(peak.get()).isBetween(1, 4);
        assertThat(queue.available()).isEqualTo(4);
        assertThat(queue.queued()).isZero();
    }
}
