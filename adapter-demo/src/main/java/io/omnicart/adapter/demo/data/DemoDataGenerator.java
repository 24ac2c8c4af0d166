package io.omnicart.adapter.demo.data;

import io.omnicart.core.model.Customer;
import io.omnicart.core.model.Order;
import java.time.LocalDate;
import java.util.List;

/**
 * Generates the whole demo store for a day. Every part draws from its own fixed-seed random, so the same day always
 * gives the same store, and ids do not depend on the day at all: only the dates move along with the clock.
 */
public final class DemoDataGenerator {

    private DemoDataGenerator() {}

    public static DemoStore generate(LocalDate day) {
        DemoTime time = new DemoTime(day);
        DemoCatalog catalog = new DemoCatalogGenerator(time).generate();
        List<CustomerProfile> profiles = new DemoProfileGenerator().profiles();
        List<OrderPlan> plans = new DemoOrderPlanner(time).plan(profiles);
        List<Customer> customers = new DemoCustomerGenerator(time).customers(profiles, plans);
        List<Order> orders = new DemoOrderFactory(time, catalog).orders(plans, customers);
        return new DemoStore(
                time.anchor(),
                DemoSettingsFactory.settings(),
                catalog,
                customers,
                orders,
                new DemoDraftGenerator(time, catalog).drafts(customers));
    }
}
