package io.omnicart.adapter.medusa.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** An order or draft order (same table, reference §5, §6); computed statuses only on list/retrieve routes. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MedusaOrder(
        @Nullable String id,
        @Nullable Long displayId,
        @Nullable String customDisplayId,
        @Nullable String status,
        @Nullable Boolean isDraftOrder,
        @Nullable String email,
        @Nullable String currencyCode,
        @Nullable String regionId,
        @Nullable String customerId,
        @Nullable MedusaOrderCustomer customer,
        @Nullable String paymentStatus,
        @Nullable String fulfillmentStatus,
        @Nullable BigDecimal total,
        @Nullable BigDecimal subtotal,
        @Nullable BigDecimal itemSubtotal,
        @Nullable BigDecimal itemTotal,
        @Nullable BigDecimal shippingSubtotal,
        @Nullable BigDecimal shippingTotal,
        @Nullable BigDecimal taxTotal,
        @Nullable BigDecimal discountTotal,
        @Nullable List<MedusaLineItem> items,
        @Nullable List<MedusaShippingMethod> shippingMethods,
        @Nullable MedusaAddress shippingAddress,
        @Nullable MedusaAddress billingAddress,
        @Nullable List<MedusaFulfillment> fulfillments,
        @Nullable List<MedusaPaymentCollection> paymentCollections,
        @Nullable Map<String, Object> metadata,
        @Nullable OffsetDateTime canceledAt,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime updatedAt) {}
