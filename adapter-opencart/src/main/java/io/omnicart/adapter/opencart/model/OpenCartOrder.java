package io.omnicart.adapter.opencart.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** An order as the bridge serves it (PROTOCOL.md §4.3), money in the store's default currency. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenCartOrder(
        long orderId,
        int storeId,
        long customerId,
        @Nullable String firstname,
        @Nullable String lastname,
        @Nullable String email,
        @Nullable String telephone,
        @Nullable OpenCartAddress paymentAddress,
        @Nullable OpenCartAddress shippingAddress,
        @Nullable OpenCartMethod paymentMethod,
        @Nullable OpenCartMethod shippingMethod,
        @Nullable String comment,
        @Nullable BigDecimal total,
        int orderStatusId,
        @Nullable String orderStatus,
        @Nullable String currencyCode,
        @Nullable BigDecimal currencyValue,
        @Nullable OffsetDateTime dateAdded,
        @Nullable OffsetDateTime dateModified,
        @Nullable List<OpenCartOrderLine> lines,
        @Nullable List<OpenCartOrderTotal> totals,
        @Nullable List<OpenCartHistory> history,
        @Nullable List<OpenCartShipment> shipments) {}
