package io.omnicart.adapter.opencart;

import io.omnicart.adapter.opencart.client.OpenCartBridgeClient;
import io.omnicart.adapter.opencart.client.OpenCartBridgeQuery;
import io.omnicart.adapter.opencart.mapping.OpenCartCustomerMapper;
import io.omnicart.core.model.Customer;
import io.omnicart.core.model.CustomerQuery;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.spi.StoreConnection;
import reactor.core.publisher.Mono;

/** Customers through the bridge; {@code q} (e-mail, name or company, as a substring) is matched while paging. */
final class OpenCartCustomers {

    private final OpenCartBridgeClient bridge;
    private final OpenCartPager pager;
    private final OpenCartOrders orders;

    OpenCartCustomers(OpenCartBridgeClient bridge, OpenCartPager pager, OpenCartOrders orders) {
        this.bridge = bridge;
        this.pager = pager;
        this.orders = orders;
    }

    Mono<Page<Customer>> list(StoreConnection store, CustomerQuery query) {
        if (query.q() == null || query.q().isBlank()) {
            return pager.direct(
                    query.page(),
                    (limit, offset) -> bridge.customers(store, page(limit, offset)),
                    rows -> rows.stream()
                            .map(OpenCartCustomerMapper::toCustomer)
                            .toList());
        }
        return pager.scan(
                        query.page(),
                        (limit, offset) -> bridge.customers(store, page(limit, offset)),
                        row -> OpenCartCustomerMapper.matches(OpenCartCustomerMapper.toCustomer(row), query.q()))
                .map(found -> found.map(OpenCartCustomerMapper::toCustomer));
    }

    Mono<Customer> get(StoreConnection store, String customerId) {
        return OpenCartIds.checked("customer", customerId)
                .flatMap(id -> bridge.customer(store, id))
                .map(OpenCartCustomerMapper::toCustomer);
    }

    /** The customer's orders, newest first; {@code NotFound} when there is no such customer. */
    Mono<Page<OrderSummary>> orders(StoreConnection store, String customerId, PageRequest page) {
        return get(store, customerId).then(orders.ofCustomer(store, customerId, page));
    }

    private static OpenCartBridgeQuery page(int limit, long offset) {
        return OpenCartBridgeQuery.route("customers")
                .with("sort", "customer_id")
                .with("limit", limit)
                .with("offset", offset);
    }
}
