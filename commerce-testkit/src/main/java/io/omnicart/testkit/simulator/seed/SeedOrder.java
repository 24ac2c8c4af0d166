package io.omnicart.testkit.simulator.seed;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A placed order.
 *
 * @param key test-chosen key to find the order again ({@code SeededStore.order(key)})
 * @param email the order's contact email
 * @param customerEmail the seeded customer who placed it; null for none
 * @param currency the order currency; its region is the seeded region with this currency
 * @param shippingAmount the shipping charge in major units
 * @param fulfillments fulfillments in creation order; a canceled order has none
 * @param cancelReason a cancellation reason to keep where the platform keeps one, or null
 * @param createdAt placement time; orders should be listed in placement order
 */
public record SeedOrder(
        String key,
        String email,
        @Nullable String customerEmail,
        String currency,
        SeedOrderState state,
        List<SeedLine> lines,
        SeedAddress shippingAddress,
        @Nullable SeedAddress billingAddress,
        BigDecimal shippingAmount,
        SeedPayment payment,
        List<SeedFulfillment> fulfillments,
        @Nullable String cancelReason,
        Instant createdAt) {

    public SeedOrder {
        lines = List.copyOf(lines);
        fulfillments = List.copyOf(fulfillments);
    }
}
