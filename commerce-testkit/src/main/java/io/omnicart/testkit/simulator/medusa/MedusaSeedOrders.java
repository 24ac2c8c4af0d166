package io.omnicart.testkit.simulator.medusa;

import io.omnicart.testkit.simulator.medusa.state.AddressFields;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.medusa.state.NewOrder;
import io.omnicart.testkit.simulator.medusa.state.RegionState;
import io.omnicart.testkit.simulator.seed.SeedAddress;
import io.omnicart.testkit.simulator.seed.SeedDraftOrder;
import io.omnicart.testkit.simulator.seed.SeedLine;
import io.omnicart.testkit.simulator.seed.SeedOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Translates seeded orders and drafts into order rows to create, resolving currency, customer and SKUs. */
final class MedusaSeedOrders {

    private final MedusaStore store;

    MedusaSeedOrders(MedusaStore store) {
        this.store = store;
    }

    NewOrder order(SeedOrder seed) {
        SeedAddress billing = seed.billingAddress() == null ? seed.shippingAddress() : seed.billingAddress();
        return new NewOrder(
                "pending",
                region(seed.currency()),
                lower(seed.currency()),
                seed.email(),
                customerId(seed.customerEmail()),
                lines(seed.lines()),
                fields(seed.shippingAddress()),
                fields(billing),
                shipping(seed.shippingAmount()),
                seed.createdAt());
    }

    NewOrder draft(SeedDraftOrder seed) {
        return new NewOrder(
                "draft",
                region(seed.currency()),
                lower(seed.currency()),
                seed.email(),
                customerId(seed.customerEmail()),
                lines(seed.lines()),
                fields(seed.shippingAddress()),
                fields(seed.shippingAddress()),
                shipping(seed.shippingAmount()),
                seed.createdAt());
    }

    static @Nullable AddressFields fields(@Nullable SeedAddress address) {
        if (address == null) {
            return null;
        }
        return new AddressFields(
                address.firstName(),
                address.lastName(),
                address.company(),
                address.line1(),
                address.line2(),
                address.city(),
                address.province(),
                address.postalCode(),
                lower(address.countryCode()),
                address.phone());
    }

    private RegionState region(String currency) {
        return store.regionByCurrency(currency)
                .orElseThrow(() -> new IllegalArgumentException("no seeded region has the currency " + currency));
    }

    private @Nullable String customerId(@Nullable String email) {
        if (email == null) {
            return null;
        }
        return store.customerByEmail(email)
                .orElseThrow(() -> new IllegalArgumentException("no seeded customer " + email))
                .id;
    }

    private List<NewOrder.Line> lines(List<SeedLine> lines) {
        return lines.stream()
                .map(line -> new NewOrder.Line(
                        store.variantBySku(line.sku())
                                .orElseThrow(
                                        () -> new IllegalArgumentException("no seeded variant with SKU " + line.sku())),
                        null,
                        line.quantity(),
                        null))
                .toList();
    }

    /** A zero shipping charge means no shipping method at all (a gift card, say). */
    private static @Nullable BigDecimal shipping(BigDecimal amount) {
        return amount.signum() == 0 ? null : amount;
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
