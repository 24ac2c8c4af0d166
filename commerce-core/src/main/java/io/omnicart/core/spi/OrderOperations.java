package io.omnicart.core.spi;

import io.omnicart.core.model.CancelOrderCommand;
import io.omnicart.core.model.CreateShipmentCommand;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.Page;
import reactor.core.publisher.Mono;

/**
 * Orders of a store. Every method is cold: nothing reaches the store until subscription. An unknown order is a
 * {@code NotFound} error, never an empty Mono. Actions return the order as re-read after the action.
 */
public interface OrderOperations {

    /** One page of orders matching the query, in the query's sort order; the cursor is the adapter's own. */
    Mono<Page<OrderSummary>> listOrders(StoreConnection store, OrderQuery query);

    /** The full order with line items, totals, addresses, shipments and timeline. */
    Mono<Order> getOrder(StoreConnection store, String orderId);

    /** Mark the order completed; {@code InvalidState} when the store refuses (e.g. cancelled). Not idempotent upstream. */
    Mono<Order> completeOrder(StoreConnection store, String orderId);

    /** Cancel the order, keeping the reason on the store; {@code InvalidState} when it cannot be cancelled. */
    Mono<Order> cancelOrder(StoreConnection store, String orderId, CancelOrderCommand command);

    /** Archive the order; {@code UnsupportedCapability} where the platform has no archive. */
    Mono<Order> archiveOrder(StoreConnection store, String orderId);

    /** Confirm a shipment with tracking; an empty item list ships every unfulfilled item. */
    Mono<Order> createShipment(StoreConnection store, String orderId, CreateShipmentCommand command);
}
