package io.omnicart.adapter.demo.data;

import io.omnicart.core.model.Customer;
import io.omnicart.core.model.CustomerType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Turns profiles into customers once the order plan is known: a guest record appears with the guest's first order; an
 * account was opened some days to weeks before its first order.
 */
final class DemoCustomerGenerator {

    private static final long SEED = 0x4E57_C0DEL;

    private final DemoTime time;
    private final Random random = new Random(SEED);

    DemoCustomerGenerator(DemoTime time) {
        this.time = time;
    }

    /** The customers in profile order (index {@code i} is profile {@code i}). */
    List<Customer> customers(List<CustomerProfile> profiles, List<OrderPlan> plans) {
        Map<Integer, OffsetDateTime> firstOrder = new HashMap<>();
        for (OrderPlan plan : plans) {
            firstOrder.merge(plan.customerIndex(), plan.placedAt(), (a, b) -> a.isBefore(b) ? a : b);
        }
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            customers.add(customer(profiles.get(i), firstOrder.get(i)));
        }
        return customers;
    }

    private Customer customer(CustomerProfile profile, OffsetDateTime firstOrder) {
        OffsetDateTime created = profile.type() == CustomerType.GUEST
                ? firstOrder
                : firstOrder.minusDays(1 + random.nextInt(60)).minusMinutes(random.nextInt(720));
        return profile.toCustomer(time.id("cus", created, random), created);
    }
}
