package io.omnicart.core.model;

import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The full order, as {@code GET /orders/{orderId}} returns it. */
public record Order(
        String id,
        String number,
        OrderStatus status,
        @Nullable String platformStatus,
        PaymentStatus paymentStatus,
        FulfillmentStatus fulfillmentStatus,
        @Nullable String email,
        @Nullable CustomerRef customer,
        Currency currency,
        OrderTotals totals,
        List<LineItem> lineItems,
        @Nullable Address shippingAddress,
        @Nullable Address billingAddress,
        List<Shipment> shipments,
        List<TimelineEvent> timeline,
        @Nullable String cancelReason,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public Order {
        lineItems = List.copyOf(lineItems);
        shipments = List.copyOf(shipments);
        timeline = List.copyOf(timeline);
    }

    /** The list form of this order. */
    public OrderSummary summary() {
        int itemCount = lineItems.stream().mapToInt(LineItem::quantity).sum();
        return new OrderSummary(
                id,
                number,
                status,
                platformStatus,
                paymentStatus,
                fulfillmentStatus,
                email,
                customer,
                currency,
                totals,
                itemCount,
                createdAt,
                updatedAt);
    }
}
