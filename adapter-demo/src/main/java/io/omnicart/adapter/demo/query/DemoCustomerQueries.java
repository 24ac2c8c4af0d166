package io.omnicart.adapter.demo.query;

import io.omnicart.adapter.demo.data.DemoStore;
import io.omnicart.core.model.Customer;
import io.omnicart.core.model.CustomerQuery;
import io.omnicart.core.model.Page;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** Customer search of the demo store; customers come newest first. */
public final class DemoCustomerQueries {

    private DemoCustomerQueries() {}

    /** {@code q} matches e-mail, first name, last name, full name or company case-insensitively as a substring. */
    public static Page<Customer> list(DemoStore store, CustomerQuery query) {
        List<Customer> matches =
                store.customers().stream().filter(matchesText(query.q())).toList();
        return DemoPaging.page(matches, query.page());
    }

    private static Predicate<Customer> matchesText(@Nullable String q) {
        if (q == null || q.isBlank()) {
            return customer -> true;
        }
        String needle = q.strip().toLowerCase(Locale.ROOT);
        return customer -> DemoCatalogQueries.contains(customer.email(), needle)
                || DemoCatalogQueries.contains(customer.firstName(), needle)
                || DemoCatalogQueries.contains(customer.lastName(), needle)
                || DemoCatalogQueries.contains(customer.firstName() + " " + customer.lastName(), needle)
                || DemoCatalogQueries.contains(customer.company(), needle);
    }
}
