package io.omnicart.adapter.omnium;

import io.omnicart.adapter.omnium.client.OmniumCatalogClient;
import io.omnicart.adapter.omnium.mapping.OmniumCustomerMapper;
import io.omnicart.adapter.omnium.mapping.OmniumSearchText;
import io.omnicart.adapter.omnium.model.OmniumCustomer;
import io.omnicart.adapter.omnium.model.OmniumSimpleSearch;
import io.omnicart.core.model.Customer;
import io.omnicart.core.model.CustomerQuery;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.spi.StoreConnection;
import reactor.core.publisher.Mono;

/**
 * Customers, private and business, through Omnium's generic customer endpoints (reference §8): the list through
 * {@code customers/Search} (its free-text {@code query} also covers addresses, so matches are checked against
 * OmniCart's {@code q}), one customer by id, and the order history as an order search by {@code customerId}.
 */
final class OmniumCustomers {

    private final OmniumCatalogClient client;
    private final OmniumScanner scanner;
    private final OmniumOrders orders;

    OmniumCustomers(OmniumCatalogClient client, OmniumScanner scanner, OmniumOrders orders) {
        this.client = client;
        this.scanner = scanner;
        this.orders = orders;
    }

    Mono<Page<Customer>> list(StoreConnection store, CustomerQuery query) {
        String q = query.q() == null || query.q().isBlank() ? null : query.q().strip();
        OmniumWindow.Fetch<OmniumCustomer> fetch = (index, size) -> client.searchCustomers(
                store, new OmniumSimpleSearch(size, index, "CreatedDescending", true, null, q, null, null, null, null));
        if (q == null) {
            return scanner.plain(query.page(), fetch, OmniumCustomerMapper::toCustomer);
        }
        return scanner.filtered(
                query.page(),
                fetch,
                customer -> OmniumSearchText.customerMatches(customer, q),
                OmniumCustomerMapper::toCustomer);
    }

    Mono<Customer> get(StoreConnection store, String id) {
        return client.getCustomer(store, id).map(OmniumCustomerMapper::toCustomer);
    }

    /** {@code NotFound} for an unknown customer, then its orders newest first. */
    Mono<Page<OrderSummary>> orders(StoreConnection store, String id, PageRequest page) {
        return client.getCustomer(store, id).then(orders.ofCustomer(store, id, page));
    }
}
