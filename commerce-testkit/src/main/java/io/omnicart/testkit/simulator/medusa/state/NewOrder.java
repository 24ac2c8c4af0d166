package io.omnicart.testkit.simulator.medusa.state;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What is needed to create an order or draft order.
 *
 * @param status {@code pending} for a placed order, {@code draft} for a draft order
 * @param shippingAmount the shipping charge, or null for no shipping method
 */
public record NewOrder(
        String status,
        RegionState region,
        String currencyCode,
        @Nullable String email,
        @Nullable String customerId,
        List<Line> lines,
        @Nullable AddressFields shippingAddress,
        @Nullable AddressFields billingAddress,
        @Nullable BigDecimal shippingAmount,
        Instant at) {

    public NewOrder {
        lines = List.copyOf(lines);
    }

    /**
     * A line: a variant, or a custom line with {@code title} and {@code unitPrice}.
     *
     * @param unitPrice overrides the variant price when not null
     */
    public record Line(
            @Nullable VariantState variant,
            @Nullable String title,
            int quantity,
            @Nullable BigDecimal unitPrice) {}
}
