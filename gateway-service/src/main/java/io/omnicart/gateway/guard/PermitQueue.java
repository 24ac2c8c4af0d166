package io.omnicart.gateway.guard;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Schedulers;

/**
 * The bulkhead of one upstream account: at most {@code maxConcurrent} calls run at once. A call that finds no free
 * permit waits in a FIFO queue (at most {@code maxQueued} waiters, each at most its {@code maxWait}) and fails with the
 * given error when the queue is full or its wait runs out. Nothing polls and nothing blocks: a finishing call hands its
 * permit straight to the oldest waiter, which starts on the finishing call's thread. A permit is returned exactly once,
 * whether its call succeeds, fails or is cancelled, also when the cancel races the hand-over; a waiter that is
 * cancelled simply leaves the queue.
 */
final class PermitQueue {

    private final int maxQueued;
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
    private final AtomicInteger draining = new AtomicInteger();
    /** Free permits; guarded by {@code this}, like {@link #waiters}. */
    private int available;

    PermitQueue(int maxConcurrent, int maxQueued) {
        if (maxConcurrent < 1 || maxQueued < 0) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1 and maxQueued at least 0");
        }
        this.available = maxConcurrent;
        this.maxQueued = maxQueued;
    }

    /** {@code work} run under a permit; {@code full} is the error when none frees up in time or the queue is full. */
    <T> Mono<T> run(Mono<T> work, Duration maxWait, Supplier<? extends Throwable> full) {
        return Mono.usingWhen(
                acquire(maxWait, full),
                permit -> permit.claim() ? work : Mono.<T>empty(),
                Permit::returned,
                (permit, error) -> permit.returned(),
                Permit::returned);
    }

    /** A permit, at once or after waiting in line; the caller returns it ({@link Permit#returned}) when done. */
    Mono<Permit> acquire(Duration maxWait, Supplier<? extends Throwable> full) {
        return Mono.create(sink -> {
            Waiter waiter = new Waiter(sink);
            sink.onCancel(waiter::cancel);
            Admission admission;
            synchronized (this) {
                if (available > 0 && waiters.isEmpty()) {
                    available--;
                    admission = Admission.NOW;
                } else if (maxWait.isPositive() && waiters.size() < maxQueued) {
                    waiters.addLast(waiter);
                    admission = Admission.QUEUED;
                } else {
                    admission = Admission.REFUSED;
                }
            }
            switch (admission) {
                case NOW -> {
                    if (!waiter.grant()) {
                        release(); // cancelled before the permit could be handed over
                    }
                }
                case QUEUED ->
                    waiter.expiry.update(Schedulers.parallel()
                            .schedule(() -> waiter.expire(full), maxWait.toNanos(), TimeUnit.NANOSECONDS));
                case REFUSED -> sink.error(full.get());
            }
        });
    }

    /** Permits currently free (for tests and diagnostics). */
    synchronized int available() {
        return available;
    }

    /** Waiters currently queued (for tests and diagnostics). */
    synchronized int queued() {
        return waiters.size();
    }

    private void release() {
        synchronized (this) {
            available++;
        }
        drain();
    }

    /**
     * Hands free permits to the oldest live waiters. Re-entrant calls (a call that finishes while it is being started,
     * on this same thread) only mark more work for the loop already running, so the stack never grows with the queue.
     */
    private void drain() {
        if (draining.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            while (true) {
                Waiter next;
                synchronized (this) {
                    next = available > 0 ? waiters.pollFirst() : null;
                    if (next != null) {
                        available--;
                    }
                }
                if (next == null) {
                    break;
                }
                if (!next.grant()) {
                    synchronized (this) {
                        available++; // it expired or was cancelled meanwhile: the permit goes to the next one
                    }
                }
            }
            missed = draining.addAndGet(-missed);
        } while (missed != 0);
    }

    private synchronized void leave(Waiter waiter) {
        waiters.remove(waiter);
    }

    private enum Admission {
        NOW,
        QUEUED,
        REFUSED
    }

    private enum State {
        WAITING,
        GRANTED,
        DONE
    }

    /**
     * One taken slot. Whoever claims it first owns its return: the caller's {@code usingWhen} ({@link #claim}) once it
     * starts the call, or the waiter's cancel handler ({@link #takeBack}) when the caller went away before that (the
     * hand-over was then dropped). {@link #returned} gives the slot back at most once.
     */
    final class Permit {

        private static final int UNCLAIMED = 0;
        private static final int CLAIMED = 1;
        private static final int TAKEN_BACK = 2;

        private final AtomicInteger owner = new AtomicInteger(UNCLAIMED);
        private final AtomicBoolean given = new AtomicBoolean();

        boolean claim() {
            return owner.compareAndSet(UNCLAIMED, CLAIMED);
        }

        boolean takeBack() {
            return owner.compareAndSet(UNCLAIMED, TAKEN_BACK);
        }

        Mono<Void> returned() {
            return Mono.fromRunnable(this::giveBack);
        }

        void giveBack() {
            if (given.compareAndSet(false, true)) {
                release();
            }
        }
    }

    /** One caller waiting for (or just handed) a permit; every transition is a compare-and-set. */
    private final class Waiter {

        private final MonoSink<Permit> sink;
        private final Permit permit = new Permit();
        private final AtomicReference<State> state = new AtomicReference<>(State.WAITING);
        private final Disposable.Swap expiry = Disposables.swap();

        Waiter(MonoSink<Permit> sink) {
            this.sink = sink;
        }

        /** Hands over the permit just taken for this waiter; false (permit not used) when it already left. */
        boolean grant() {
            if (!state.compareAndSet(State.WAITING, State.GRANTED)) {
                return false;
            }
            expiry.dispose();
            sink.success(permit);
            return true;
        }

        void expire(Supplier<? extends Throwable> full) {
            if (state.compareAndSet(State.WAITING, State.DONE)) {
                leave(this);
                sink.error(full.get());
            }
        }

        void cancel() {
            if (state.compareAndSet(State.WAITING, State.DONE)) {
                expiry.dispose();
                leave(this);
            } else if (state.get() == State.GRANTED && permit.takeBack()) {
                permit.giveBack();
            }
        }
    }
}
