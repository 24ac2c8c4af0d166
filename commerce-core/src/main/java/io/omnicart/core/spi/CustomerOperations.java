package io.omnicart.core.spi;

import io.omnicart.core.model.Customer;
import io.omnicart.core.model.CustomerQuery;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import reactor.core.publisher.Mono;

/** Customers (registered and guest) and their order history. Cold; an unknown customer is {@code NotFound}. */
public interface CustomerOperations {

    Mono<Page<Customer>> listCustomers(StoreConnection store, CustomerQuery query);

    Mono<Customer> getCustomer(StoreConnection store, String customerId);

    /** The customer's orders, newest first; {@code NotFound} when the customer does not exist. */
    Mono<Page<OrderSummary>> listCustomerOrders(StoreConnection store, String customerId, PageRequest page);
}
