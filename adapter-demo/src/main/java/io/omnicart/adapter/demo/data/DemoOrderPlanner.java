package io.omnicart.adapter.demo.data;

import io.omnicart.core.model.CustomerType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Decides which orders exist: each scenario's orders get a placement date in its age range, numbers follow placement
 * (1001 is the oldest), every customer places at least one order, guests exactly one, and a few loyal account holders
 * many.
 */
final class DemoOrderPlanner {

    static final int FIRST_NUMBER = 1001;

    private static final long SEED = 0x4E57_0DE5L;

    private final DemoTime time;
    private final Random random = new Random(SEED);

    DemoOrderPlanner(DemoTime time) {
        this.time = time;
    }

    List<OrderPlan> plan(List<CustomerProfile> profiles) {
        List<Placement> placements = placements();
        List<Integer> buyers = buyers(profiles, placements.size());
        List<OrderPlan> plans = new ArrayList<>();
        for (int i = 0; i < placements.size(); i++) {
            Placement placement = placements.get(i);
            String number = String.valueOf(FIRST_NUMBER + i);
            plans.add(new OrderPlan(placement.scenario(), placement.at(), buyers.get(i), number));
        }
        return plans;
    }

    private record Placement(OrderScenario scenario, OffsetDateTime at) {}

    private List<Placement> placements() {
        List<Placement> placements = new ArrayList<>();
        for (OrderScenario scenario : OrderScenario.values()) {
            for (int i = 0; i < scenario.count(); i++) {
                int span = scenario.maxDaysAgo() - scenario.minDaysAgo() + 1;
                placements.add(
                        new Placement(scenario, time.daysAgo(scenario.minDaysAgo() + random.nextInt(span), random)));
            }
        }
        placements.sort(Comparator.comparing(Placement::at));
        return placements;
    }

    /** One customer index per order: everyone once, then the remaining orders skewed towards a few regulars. */
    private List<Integer> buyers(List<CustomerProfile> profiles, int orders) {
        List<Integer> registered = new ArrayList<>();
        List<Integer> buyers = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            buyers.add(i);
            if (profiles.get(i).type() == CustomerType.REGISTERED) {
                registered.add(i);
            }
        }
        while (buyers.size() < orders) {
            int skewed = Math.min(random.nextInt(registered.size()), random.nextInt(registered.size()));
            buyers.add(registered.get(skewed));
        }
        Collections.shuffle(buyers, random);
        return buyers;
    }
}
