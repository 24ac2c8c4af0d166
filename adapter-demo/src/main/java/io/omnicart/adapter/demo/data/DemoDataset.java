package io.omnicart.adapter.demo.data;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The demo store of the clock's current (UTC) day, generated on first use and again when the day changes. Generation
 * is pure CPU work of a few milliseconds, so it may run on any thread; concurrent first calls may both generate, and
 * then hold equal snapshots.
 */
public final class DemoDataset {

    private final Clock clock;
    private final AtomicReference<DemoStore> current = new AtomicReference<>();

    public DemoDataset(Clock clock) {
        this.clock = clock;
    }

    public DemoStore current() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        DemoStore store = current.get();
        if (store == null || !store.anchor().toLocalDate().equals(today)) {
            store = DemoDataGenerator.generate(today);
            current.set(store);
        }
        return store;
    }

    /** The clock's current instant, in UTC. */
    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
