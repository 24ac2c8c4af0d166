package io.omnicart.adapter.medusa;

import io.omnicart.adapter.medusa.client.MedusaClient;
import io.omnicart.adapter.medusa.client.MedusaQuery;
import io.omnicart.adapter.medusa.mapping.MedusaCustomerMapper;
import io.omnicart.adapter.medusa.mapping.MedusaFields;
import io.omnicart.adapter.medusa.mapping.MedusaSearch;
import io.omnicart.core.model.Customer;
import io.omnicart.core.model.CustomerQuery;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.spi.StoreConnection;
import reactor.core.publisher.Mono;

/** Customers with their addresses (newest first) and their order history (reference §8). */
final class MedusaCustomers {

    private final MedusaClient client;
    private final MedusaPager pager;
    private final MedusaOrders orders;

    MedusaCustomers(MedusaClient client, MedusaPager pager, MedusaOrders orders) {
        this.client = client;
        this.pager = pager;
        this.orders = orders;
    }

    Mono<Page<Customer>> list(StoreConnection store, CustomerQuery query) {
        MedusaQuery filters = MedusaQuery.fields(MedusaFields.CUSTOMER).with("order", "-created_at");
        String q = query.q() == null ? "" : query.q().strip();
        if (q.isEmpty()) {
            return pager.page(
                    query.page(),
                    (offset, limit) -> client.listCustomers(store, filters.page(limit, offset)),
                    MedusaCustomerMapper::toCustomer);
        }
        MedusaQuery search = filters.with("q", MedusaSearch.upstreamCustomerQuery(q));
        return pager.filtered(
                query.page(),
                (offset, limit) -> client.listCustomers(store, search.page(limit, offset)),
                customer -> MedusaSearch.customerMatches(customer, q),
                MedusaCustomerMapper::toCustomer);
    }

    Mono<Customer> get(StoreConnection store, String id) {
        return client.getCustomer(store, id, MedusaFields.CUSTOMER).map(MedusaCustomerMapper::toCustomer);
    }

    /** {@code NotFound} for an unknown customer rather than an empty history. */
    Mono<Page<OrderSummary>> orders(StoreConnection store, String id, PageRequest page) {
        return Mono.zip(client.getCustomer(store, id, MedusaFields.ID), orders.ofCustomer(store, id, page))
                .map(both -> both.getT2());
    }
}
