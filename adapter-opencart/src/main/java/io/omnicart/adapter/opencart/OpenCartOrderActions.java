package io.omnicart.adapter.opencart;

import io.omnicart.adapter.opencart.auth.OpenCartSessions;
import io.omnicart.adapter.opencart.client.OpenCartBridgeClient;
import io.omnicart.adapter.opencart.client.OpenCartHistoryEntry;
import io.omnicart.adapter.opencart.client.OpenCartNativeClient;
import io.omnicart.adapter.opencart.error.OpenCartErrorTranslator;
import io.omnicart.adapter.opencart.mapping.OpenCartOrderMapper;
import io.omnicart.adapter.opencart.mapping.OpenCartStatusMapper;
import io.omnicart.adapter.opencart.model.OpenCartHistory;
import io.omnicart.adapter.opencart.model.OpenCartOrder;
import io.omnicart.adapter.opencart.model.OpenCartOrderLine;
import io.omnicart.adapter.opencart.model.OpenCartShipmentRequest;
import io.omnicart.core.model.CancelOrderCommand;
import io.omnicart.core.model.CreateShipmentCommand;
import io.omnicart.core.model.FulfillmentStatus;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.ShipmentItem;
import io.omnicart.core.spi.StoreConnection;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Order actions through OpenCart's own history route, so stock, coupons, commissions and the customer e-mail behave
 * as in the admin (reference §6): complete → Complete (5), cancel → Canceled (7) with the reason as the history
 * comment, ship → Shipped (3) with carrier, tracking number and URL in the comment (and the bridge records the tracking
 * for read-back). Shipping a complete, cancelled or already shipped order is refused before anything is written:
 * OpenCart would move a Complete order back to Shipped. The order is read first (an unknown id is {@code NotFound}, a status the action makes no sense from is
 * {@code InvalidState}) and re-read afterwards.
 */
final class OpenCartOrderActions {

    private final OpenCartOrders orders;
    private final OpenCartBridgeClient bridge;
    private final OpenCartNativeClient nativeApi;
    private final OpenCartSessions sessions;

    OpenCartOrderActions(
            OpenCartOrders orders,
            OpenCartBridgeClient bridge,
            OpenCartNativeClient nativeApi,
            OpenCartSessions sessions) {
        this.orders = orders;
        this.bridge = bridge;
        this.nativeApi = nativeApi;
        this.sessions = sessions;
    }

    Mono<Order> complete(StoreConnection store, String orderId) {
        return orders.read(store, orderId)
                .map(order -> refuse(order, OrderStatus.CANCELLED, "is cancelled and cannot be completed"))
                .map(order -> refuse(order, OrderStatus.COMPLETED, "is already complete"))
                .flatMap(order -> history(store, order, OpenCartStatusMapper.COMPLETE, "", false))
                .then(orders.get(store, orderId));
    }

    Mono<Order> cancel(StoreConnection store, String orderId, CancelOrderCommand command) {
        String reason = command.reason() == null ? "" : command.reason().strip();
        return orders.read(store, orderId)
                .map(order -> refuse(order, OrderStatus.CANCELLED, "is already cancelled"))
                .map(OpenCartOrderActions::refuseShippedOrDone)
                .flatMap(order -> history(store, order, OpenCartStatusMapper.CANCELED, reason, false))
                .then(orders.get(store, orderId));
    }

    Mono<Order> ship(StoreConnection store, String orderId, CreateShipmentCommand command) {
        return orders.read(store, orderId)
                .map(order -> refuse(order, OrderStatus.CANCELLED, "is cancelled and cannot be shipped"))
                .map(order -> refuse(order, OrderStatus.COMPLETED, "is complete and cannot be shipped"))
                .map(OpenCartOrderActions::refuseShipped)
                .map(order -> requireWholeOrder(order, command))
                .flatMap(order -> history(
                                store, order, OpenCartStatusMapper.SHIPPED, comment(command), command.notifyCustomer())
                        .then(orders.read(store, orderId)))
                .flatMap(order -> bridge.addShipment(store, shipment(order, command)))
                .then(orders.get(store, orderId));
    }

    private Mono<Void> history(
            StoreConnection store, OpenCartOrder order, int statusId, String comment, boolean notify) {
        OpenCartHistoryEntry entry =
                new OpenCartHistoryEntry(Long.toString(order.orderId()), statusId, comment, notify, order.storeId());
        String currency = order.currencyCode() == null ? "USD" : order.currencyCode();
        return sessions.withSession(
                store,
                session -> session.version().signed()
                        ? bridge.settings(store)
                                .map(settings -> settings.language() == null
                                                || settings.language().code() == null
                                        ? entry.in("en-gb", currency)
                                        : entry.in(settings.language().code(), currency))
                                .flatMap(signed ->
                                        nativeApi.addHistory(store, session.version(), session.token(), signed))
                        : nativeApi.addHistory(store, session.version(), session.token(), entry));
    }

    private static OpenCartOrder refuse(OpenCartOrder order, OrderStatus status, String why) {
        if (OpenCartStatusMapper.status(order.orderStatusId()) == status) {
            throw OpenCartErrorTranslator.invalidState(describe(order) + " " + why);
        }
        return order;
    }

    /** Canceling a Shipped or Complete order would put goods that left the store back in stock (reference §6). */
    private static OpenCartOrder refuseShippedOrDone(OpenCartOrder order) {
        int status = order.orderStatusId();
        if (status == OpenCartStatusMapper.SHIPPED || status == OpenCartStatusMapper.COMPLETE) {
            throw OpenCartErrorTranslator.invalidState(describe(order)
                    + " has been shipped or completed and cannot be cancelled: OpenCart would restock goods that "
                    + "left the store");
        }
        return order;
    }

    /**
     * OpenCart ships whole orders, so an order in status Shipped, or with a recorded shipment, has nothing left to
     * ship; setting Shipped again would add a second history entry and e-mail the customer again.
     */
    private static OpenCartOrder refuseShipped(OpenCartOrder order) {
        FulfillmentStatus fulfillment = OpenCartOrderMapper.toOrder(order).fulfillmentStatus();
        if (fulfillment == FulfillmentStatus.SHIPPED || fulfillment == FulfillmentStatus.DELIVERED) {
            throw OpenCartErrorTranslator.invalidState(describe(order) + " has been shipped already");
        }
        return order;
    }

    /** OpenCart ships whole orders: listed items must be every unit of every line. */
    private static OpenCartOrder requireWholeOrder(OpenCartOrder order, CreateShipmentCommand command) {
        if (command.items().isEmpty()) {
            return order;
        }
        Map<String, Integer> listed = command.items().stream()
                .collect(Collectors.toMap(ShipmentItem::lineItemId, ShipmentItem::quantity, Integer::sum));
        Map<String, Integer> lines = OpenCartOrderMapper.list(order.lines()).stream()
                .collect(Collectors.toMap(
                        line -> Long.toString(line.orderProductId()), OpenCartOrderLine::quantity, Integer::sum));
        if (!listed.equals(lines)) {
            throw OpenCartErrorTranslator.invalidField(
                    "items", "OpenCart ships whole orders: leave items empty, or list every unit of every line");
        }
        return order;
    }

    private static String comment(CreateShipmentCommand command) {
        String text = "Shipped with " + command.carrier().strip() + ", tracking number "
                + command.trackingNumber().strip();
        return command.trackingUrl() == null || command.trackingUrl().isBlank()
                ? text
                : text + ": " + command.trackingUrl().strip();
    }

    private static OpenCartShipmentRequest shipment(OpenCartOrder order, CreateShipmentCommand command) {
        return new OpenCartShipmentRequest(
                order.orderId(), command.trackingNumber().strip(), carrier(command), lastShipped(order));
    }

    private static @Nullable String carrier(CreateShipmentCommand command) {
        return command.carrier().isBlank() ? null : command.carrier().strip();
    }

    /** The history entry the ship action just added: the latest one with status Shipped. */
    private static @Nullable Long lastShipped(OpenCartOrder order) {
        Long id = null;
        for (OpenCartHistory entry : OpenCartOrderMapper.list(order.history())) {
            if (entry.orderStatusId() == OpenCartStatusMapper.SHIPPED) {
                id = entry.orderHistoryId();
            }
        }
        return id;
    }

    private static String describe(OpenCartOrder order) {
        String status = order.orderStatus() == null ? "status " + order.orderStatusId() : order.orderStatus();
        return "OpenCart order " + order.orderId() + " (" + status + ")";
    }
}
