package io.omnicart.testkit.simulator.medusa;

import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.seed.Seed;
import io.omnicart.testkit.simulator.seed.SeedDraftOrder;
import io.omnicart.testkit.simulator.seed.SeedOrder;
import io.omnicart.testkit.simulator.seed.SeededStore;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

/** Turns a neutral {@link Seed} into Medusa rows: catalog and customers first, then orders, then draft orders. */
final class MedusaSeeder {

    private final MedusaStore store;

    MedusaSeeder(MedusaStore store) {
        this.store = store;
    }

    SeededStore seed(Seed seed) {
        SeededStore.Builder ids =
                SeededStore.builder(seed, store.store().id(), store.location().id());
        new MedusaCatalogSeeder(store, ids, catalogTime(seed)).seed(seed);
        MedusaOrderSeeder orders = new MedusaOrderSeeder(store);
        seed.orders().forEach(order -> ids.order(orders.order(order)));
        seed.draftOrders().forEach(draft -> ids.draftOrder(orders.draft(draft)));
        return ids.build();
    }

    /** The catalog exists a day before the first order, so ids and timestamps sort as in a real store. */
    private Instant catalogTime(Seed seed) {
        Stream<Instant> orderTimes = seed.orders().stream().map(SeedOrder::createdAt);
        Stream<Instant> draftTimes = seed.draftOrders().stream().map(SeedDraftOrder::createdAt);
        return Stream.concat(Stream.concat(orderTimes, draftTimes), Stream.of(store.now()))
                .min(Instant::compareTo)
                .orElseThrow()
                .minus(Duration.ofDays(1));
    }
}
