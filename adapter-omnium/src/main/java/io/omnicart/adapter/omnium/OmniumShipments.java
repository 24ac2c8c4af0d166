package io.omnicart.adapter.omnium;

import io.omnicart.adapter.omnium.client.OmniumClient;
import io.omnicart.adapter.omnium.error.OmniumErrorTranslator;
import io.omnicart.adapter.omnium.mapping.OmniumShipmentPlanner;
import io.omnicart.adapter.omnium.model.OmniumOrderLinesUpdate;
import io.omnicart.core.model.CreateShipmentCommand;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.spi.StoreConnection;
import reactor.core.publisher.Mono;

/**
 * Shipment confirmation through {@code OrderLinesUpdate} (reference §5.2): Omnium records the delivered units in the
 * shipment with its tracking and moves the order on ({@code PartiallyShipped}, then its workflow). Cancelled orders
 * ship nothing. {@code notifyCustomer} has no Omnium switch: notifications are the tenant's workflow.
 */
final class OmniumShipments {

    private final OmniumClient client;
    private final OmniumOrders orders;

    OmniumShipments(OmniumClient client, OmniumOrders orders) {
        this.client = client;
        this.orders = orders;
    }

    Mono<Order> ship(StoreConnection store, String id, CreateShipmentCommand command) {
        return orders.read(store, id).flatMap(read -> {
            OrderStatus status = read.toOrder().status();
            if (status == OrderStatus.CANCELLED
                    || read.rules()
                            .isCanceled(read.order().orderType(), read.order().status())) {
                return Mono.error(OmniumErrorTranslator.invalidState("Order " + id + " is cancelled: nothing ships"));
            }
            if (status == OrderStatus.COMPLETED) {
                return Mono.error(OmniumErrorTranslator.invalidState("Order " + id + " is completed: nothing ships"));
            }
            OmniumOrderLinesUpdate update = OmniumShipmentPlanner.plan(read.order(), read.rules(), command);
            return client.updateOrderLines(store, id, update).then(orders.get(store, id));
        });
    }
}
