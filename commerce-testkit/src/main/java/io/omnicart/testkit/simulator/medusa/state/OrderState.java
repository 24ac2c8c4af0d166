package io.omnicart.testkit.simulator.medusa.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** An order or draft order (Medusa keeps both in one table, reference §6). Status is Medusa's spelling. */
public final class OrderState {

    public final String id;
    public final int displayId;
    public String status;
    public boolean isDraft;
    public int version = 1;
    public @Nullable String email;
    public final String currencyCode;
    public @Nullable String customerId;
    public final String regionId;
    public final String salesChannelId;
    public @Nullable JsonNode metadata;
    public final List<LineItemState> items = new ArrayList<>();
    public @Nullable OrderAddress shippingAddress;
    public @Nullable OrderAddress billingAddress;
    public final List<ShippingMethod> shippingMethods = new ArrayList<>();
    public final List<PaymentCollectionState> paymentCollections = new ArrayList<>();
    public final List<FulfillmentState> fulfillments = new ArrayList<>();
    public final List<OrderChangeState> changes = new ArrayList<>();
    public final List<CreditLine> creditLines = new ArrayList<>();
    public @Nullable Instant canceledAt;
    public final Instant createdAt;
    public Instant updatedAt;

    public OrderState(
            String id,
            int displayId,
            String status,
            String currencyCode,
            String regionId,
            String salesChannelId,
            Instant createdAt) {
        this.id = id;
        this.displayId = displayId;
        this.status = status;
        this.isDraft = "draft".equals(status);
        this.currencyCode = currencyCode;
        this.regionId = regionId;
        this.salesChannelId = salesChannelId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public Optional<LineItemState> item(String itemId) {
        return items.stream().filter(item -> item.id.equals(itemId)).findFirst();
    }

    public Optional<FulfillmentState> fulfillment(String fulfillmentId) {
        return fulfillments.stream().filter(f -> f.id.equals(fulfillmentId)).findFirst();
    }

    /** An address snapshot on the order ({@code ordaddr_…}). */
    public record OrderAddress(String id, AddressFields fields, Instant createdAt) {}

    /** A credit line ({@code ordcl_…}) created in {@code version} against a payment collection. */
    public record CreditLine(
            String id, int version, String paymentCollectionId, java.math.BigDecimal amount, Instant createdAt) {}

    /** A shipping method line ({@code ordsm_…}) and its detail row ({@code ordspmv_…}). */
    public record ShippingMethod(
            String id,
            String detailId,
            String name,
            java.math.BigDecimal amount,
            String shippingOptionId,
            Instant createdAt) {}
}
