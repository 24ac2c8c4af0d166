package io.omnicart.testkit.simulator.seed;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link SeedOrder}: a pending, unpaid order without lines, shipping charge or fulfillments until told
 * otherwise. The customer defaults to the seeded customer with the order's email; {@link #withoutCustomer()} removes
 * the link. Shipping and billing address must be set.
 */
public final class SeedOrderBuilder {

    private final String key;
    private final String email;
    private final String currency;
    private @Nullable String customerEmail;
    private SeedOrderState state = SeedOrderState.PENDING;
    private SeedPayment payment = SeedPayment.NOT_PAID;
    private final List<SeedLine> lines = new ArrayList<>();
    private final List<SeedFulfillment> fulfillments = new ArrayList<>();
    private @Nullable SeedAddress shippingAddress;
    private @Nullable SeedAddress billingAddress;
    private BigDecimal shippingAmount = BigDecimal.ZERO;
    private @Nullable String cancelReason;
    private Instant createdAt = Instant.now();

    private SeedOrderBuilder(String key, String email, String currency) {
        this.key = key;
        this.email = email;
        this.currency = currency;
        this.customerEmail = email;
    }

    /** An order with a test-chosen key, a contact email and an ISO 4217 currency. */
    public static SeedOrderBuilder order(String key, String email, String currency) {
        return new SeedOrderBuilder(key, email, currency);
    }

    public SeedOrderBuilder withoutCustomer() {
        customerEmail = null;
        return this;
    }

    public SeedOrderBuilder state(SeedOrderState value) {
        state = value;
        return this;
    }

    public SeedOrderBuilder payment(SeedPayment value) {
        payment = value;
        return this;
    }

    public SeedOrderBuilder line(String sku, int quantity) {
        lines.add(new SeedLine(sku, quantity));
        return this;
    }

    /** Ships to {@code address} and bills there too unless {@link #billTo(SeedAddress)} says otherwise. */
    public SeedOrderBuilder shipTo(SeedAddress address) {
        shippingAddress = address;
        return this;
    }

    public SeedOrderBuilder billTo(SeedAddress address) {
        billingAddress = address;
        return this;
    }

    /** The shipping charge in major units, e.g. {@code "4.95"}; zero means no shipping method. */
    public SeedOrderBuilder shipping(String amount) {
        shippingAmount = new BigDecimal(amount);
        return this;
    }

    public SeedOrderBuilder fulfillment(SeedFulfillment value) {
        fulfillments.add(value);
        return this;
    }

    public SeedOrderBuilder cancelReason(String reason) {
        cancelReason = reason;
        return this;
    }

    public SeedOrderBuilder placedAt(Instant value) {
        createdAt = value;
        return this;
    }

    public SeedOrder build() {
        Objects.requireNonNull(shippingAddress, "shipTo(…) is required");
        SeedAddress billing = billingAddress == null ? shippingAddress : billingAddress;
        return new SeedOrder(
                key,
                email,
                customerEmail,
                currency,
                state,
                lines,
                shippingAddress,
                billing,
                shippingAmount,
                payment,
                fulfillments,
                cancelReason,
                createdAt);
    }
}
