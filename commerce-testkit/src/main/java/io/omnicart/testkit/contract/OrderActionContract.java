package io.omnicart.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.error.InvalidRequest;
import io.omnicart.core.error.InvalidState;
import io.omnicart.core.model.CancelOrderCommand;
import io.omnicart.core.model.Capability;
import io.omnicart.core.model.CreateShipmentCommand;
import io.omnicart.core.model.FulfillmentStatus;
import io.omnicart.core.model.LineItem;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.PaymentStatus;
import io.omnicart.core.model.Shipment;
import io.omnicart.core.model.ShipmentItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order actions and their refusals. Each action answers the order as re-read afterwards, and a refusal is {@code
 * InvalidState} with the store's explanation, leaving the order as it was (a refused cancel keeps no reason).
 */
public abstract class OrderActionContract extends ContractGroup {

    private static final String TRACKING_URL = "https://tracking.example.com/1Z-CONTRACT-1";

    protected OrderActionContract(CommerceAdapterContract contract) {
        super(contract);
    }

    @Test
    void completesAPendingOrder() {
        String id = seeded().order("pending-unpaid").id();
        if (!supports(Capability.ORDER_COMPLETE, () -> adapter().completeOrder(store(), id))) {
            return;
        }
        Order completed = await(adapter().completeOrder(store(), id));

        assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(completed.paymentStatus()).isEqualTo(payment(PaymentStatus.NOT_PAID));
        assertThat(await(adapter().getOrder(store(), id)).status()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void refusesToCompleteACancelledOrder() {
        String id = seeded().order("canceled").id();
        if (!supports(Capability.ORDER_COMPLETE, () -> adapter().completeOrder(store(), id))) {
            return;
        }
        InvalidState refused = failure(adapter().completeOrder(store(), id), InvalidState.class);

        assertThat(refused.getMessage()).isNotBlank();
        assertThat(await(adapter().getOrder(store(), id)).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void cancelsKeepingTheReasonOnTheStore() {
        String id = seeded().order("pending-unpaid").id();
        CancelOrderCommand command = new CancelOrderCommand("Customer asked by phone");
        if (!supports(Capability.ORDER_CANCEL, () -> adapter().cancelOrder(store(), id, command))) {
            return;
        }
        Order cancelled = await(adapter().cancelOrder(store(), id, command));

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Customer asked by phone");
        assertThat(await(adapter().getOrder(store(), id)).cancelReason()).isEqualTo("Customer asked by phone");
    }

    @Test
    void cancelsWithoutAReason() {
        String id = seeded().order("pending-authorized").id();
        CancelOrderCommand command = new CancelOrderCommand(null);
        if (!supports(Capability.ORDER_CANCEL, () -> adapter().cancelOrder(store(), id, command))) {
            return;
        }
        Order cancelled = await(adapter().cancelOrder(store(), id, command));

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isNull();
    }

    @Test
    void refusesToCancelACompletedOrderAndKeepsNoReason() {
        String id = seeded().order("completed-unfulfilled").id();
        CancelOrderCommand command = new CancelOrderCommand("too late");
        if (!supports(Capability.ORDER_CANCEL, () -> adapter().cancelOrder(store(), id, command))) {
            return;
        }
        InvalidState refused = failure(adapter().cancelOrder(store(), id, command), InvalidState.class);

        assertThat(refused.getMessage()).isNotBlank();
        Order order = await(adapter().getOrder(store(), id));
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.cancelReason()).isNull();
    }

    @Test
    void refusesToCancelAShippedOrder() {
        String id = seeded().order("pending-shipped").id();
        CancelOrderCommand command = new CancelOrderCommand("changed mind");
        if (!supports(Capability.ORDER_CANCEL, () -> adapter().cancelOrder(store(), id, command))
                || !contract().cancelRefusesShippedOrders()) {
            return;
        }
        failure(adapter().cancelOrder(store(), id, command), InvalidState.class);

        assertThat(await(adapter().getOrder(store(), id)).cancelReason()).isNull();
    }

    @Test
    void archivesCompletedAndCancelledOrders() {
        String completed = seeded().order("completed-delivered").id();
        if (!supports(Capability.ORDER_ARCHIVE, () -> adapter().archiveOrder(store(), completed))) {
            return;
        }
        assertThat(await(adapter().archiveOrder(store(), completed)).status()).isEqualTo(OrderStatus.ARCHIVED);
        String cancelled = seeded().order("canceled").id();
        assertThat(await(adapter().archiveOrder(store(), cancelled)).status()).isEqualTo(OrderStatus.ARCHIVED);
        assertThat(await(adapter().getOrder(store(), completed)).status()).isEqualTo(OrderStatus.ARCHIVED);
    }

    @Test
    void refusesToArchiveAnOpenOrder() {
        String id = seeded().order("pending-unpaid").id();
        if (!supports(Capability.ORDER_ARCHIVE, () -> adapter().archiveOrder(store(), id))
                || !contract().archivesOnlyClosedOrders()) {
            return;
        }
        InvalidState refused = failure(adapter().archiveOrder(store(), id), InvalidState.class);

        assertThat(refused.getMessage()).isNotBlank();
        assertThat(await(adapter().getOrder(store(), id)).status()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void shipsEveryUnfulfilledItemWithTracking() {
        String id = seeded().order("pending-authorized").id();
        CreateShipmentCommand command = ship(List.of());
        if (!supports(Capability.ORDER_SHIP, () -> adapter().createShipment(store(), id, command))) {
            return;
        }
        Order shipped = await(adapter().createShipment(store(), id, command));

        assertThat(shipped.fulfillmentStatus()).isEqualTo(FulfillmentStatus.SHIPPED);
        Shipment shipment = tracked(shipped);
        assertThat(shipment.trackingUrls()).containsExactly(TRACKING_URL);
        assertThat(shipment.carrier()).isEqualTo("UPS");
        assertThat(shipment.shippedAt()).isNotNull();
        assertThat(await(adapter().getOrder(store(), id)).shipments()).contains(shipment);
    }

    @Test
    void shipsTheListedItemsOnly() {
        String id = seeded().order("pending-unpaid").id();
        if (!supports(Capability.ORDER_SHIP, () -> adapter().createShipment(store(), id, ship(List.of())))) {
            return;
        }
        LineItem hoodies = await(adapter().getOrder(store(), id)).lineItems().getFirst();
        assertThat(hoodies.quantity()).isEqualTo(2);
        if (!profile().partialShipments()) {
            InvalidRequest refused = failure(
                    adapter().createShipment(store(), id, ship(List.of(new ShipmentItem(hoodies.id(), 1)))),
                    InvalidRequest.class);
            assertThat(refused.getMessage()).isNotBlank();
            Order unchanged = await(adapter().getOrder(store(), id));
            assertThat(unchanged.fulfillmentStatus()).isEqualTo(FulfillmentStatus.NOT_FULFILLED);
            assertThat(unchanged.shipments()).isEmpty();
            Order whole = await(adapter().createShipment(store(), id, ship(List.of())));
            assertThat(whole.fulfillmentStatus()).isEqualTo(FulfillmentStatus.SHIPPED);
            assertThat(whole.shipments()).hasSize(1);
            return;
        }

        Order partly = await(adapter().createShipment(store(), id, ship(List.of(new ShipmentItem(hoodies.id(), 1)))));
        assertThat(partly.fulfillmentStatus()).isEqualTo(FulfillmentStatus.PARTIALLY_SHIPPED);
        Order fully = await(adapter().createShipment(store(), id, ship(List.of())));
        assertThat(fully.fulfillmentStatus()).isEqualTo(FulfillmentStatus.SHIPPED);
        assertThat(fully.shipments()).hasSize(2);
    }

    @Test
    void shipsItemsPackedEarlier() {
        String id = seeded().order("pending-fulfilled").id();
        if (!supports(Capability.ORDER_SHIP, () -> adapter().createShipment(store(), id, ship(List.of())))) {
            return;
        }
        Order shipped = await(adapter().createShipment(store(), id, ship(List.of())));

        assertThat(shipped.fulfillmentStatus()).isEqualTo(FulfillmentStatus.SHIPPED);
        tracked(shipped);
    }

    @Test
    void refusesToShipACancelledOrder() {
        refusesToShip("canceled");
    }

    @Test
    void refusesToShipACompletedOrder() {
        refusesToShip("completed-unfulfilled");
    }

    @Test
    void refusesToShipACompletedAndDeliveredOrder() {
        refusesToShip("completed-delivered");
    }

    @Test
    void refusesToShipAFullyShippedOrder() {
        refusesToShip("pending-shipped");
    }

    /** A shipment on a closed or fully shipped order is {@code InvalidState}, and the order stays exactly as it was. */
    private void refusesToShip(String orderKey) {
        String id = seeded().order(orderKey).id();
        if (!supports(Capability.ORDER_SHIP, () -> adapter().createShipment(store(), id, ship(List.of())))) {
            return;
        }
        Order before = await(adapter().getOrder(store(), id));

        InvalidState refused = failure(adapter().createShipment(store(), id, ship(List.of())), InvalidState.class);

        assertThat(refused.getMessage()).isNotBlank();
        Order after = await(adapter().getOrder(store(), id));
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.fulfillmentStatus()).isEqualTo(before.fulfillmentStatus());
        assertThat(after.shipments()).isEqualTo(before.shipments());
        assertThat(after.timeline()).isEqualTo(before.timeline());
        assertThat(after.shipments())
                .noneMatch(shipment -> shipment.trackingNumbers().contains("1Z-CONTRACT-1"));
    }

    private static CreateShipmentCommand ship(List<ShipmentItem> items) {
        return new CreateShipmentCommand("UPS", "1Z-CONTRACT-1", TRACKING_URL, items, false);
    }

    private static Shipment tracked(Order order) {
        return order.shipments().stream()
                .filter(shipment -> shipment.trackingNumbers().contains("1Z-CONTRACT-1"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no shipment with the tracking number in " + order.shipments()));
    }
}
