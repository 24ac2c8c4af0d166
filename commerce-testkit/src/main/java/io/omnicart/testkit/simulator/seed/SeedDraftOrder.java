package io.omnicart.testkit.simulator.seed;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A draft order (quote / open cart created by staff), addressed by a test-chosen key. */
public record SeedDraftOrder(
        String key,
        String email,
        @Nullable String customerEmail,
        String currency,
        List<SeedLine> lines,
        @Nullable SeedAddress shippingAddress,
        BigDecimal shippingAmount,
        Instant createdAt) {

    public SeedDraftOrder {
        lines = List.copyOf(lines);
    }
}
