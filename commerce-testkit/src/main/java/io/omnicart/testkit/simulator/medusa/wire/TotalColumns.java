package io.omnicart.testkit.simulator.medusa.wire;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The many total columns Medusa writes. The simulator has no taxes, discounts, credit lines, returns or write-offs, so
 * those totals are zero and every other total is the whole, the items' or the shipping's amount.
 */
final class TotalColumns {

    /** Order totals of the detail and action answers, in Medusa's order. */
    static final List<String> ORDER = List.of(
            "subtotal",
            "tax_total",
            "discount_total",
            "discount_tax_total",
            "original_total",
            "original_subtotal",
            "original_tax_total",
            "item_total",
            "item_subtotal",
            "item_tax_total",
            "original_item_total",
            "original_item_subtotal",
            "original_item_tax_total",
            "shipping_total",
            "shipping_subtotal",
            "shipping_tax_total",
            "original_shipping_tax_total",
            "original_shipping_subtotal",
            "original_shipping_total",
            "credit_line_total",
            "credit_line_subtotal",
            "credit_line_tax_total",
            "discount_subtotal");

    /** Line item totals, in Medusa's order. */
    static final List<String> LINE = List.of(
            "subtotal",
            "total",
            "original_subtotal",
            "original_total",
            "discount_subtotal",
            "discount_tax_total",
            "discount_total",
            "tax_total",
            "original_tax_total",
            "refundable_total_per_unit",
            "refundable_total",
            "fulfilled_total",
            "shipped_total",
            "return_requested_total",
            "return_received_total",
            "return_dismissed_total",
            "write_off_total");

    /** Shipping method totals, in Medusa's order. */
    static final List<String> SHIPPING = List.of(
            "subtotal",
            "total",
            "original_subtotal",
            "original_total",
            "discount_total",
            "discount_subtotal",
            "discount_tax_total",
            "tax_total",
            "original_tax_total");

    private static final Pattern ALWAYS_ZERO = Pattern.compile(".*(tax|discount|credit_line|return|write_off).*");

    private TotalColumns() {}

    static boolean isAlwaysZero(String name) {
        return ALWAYS_ZERO.matcher(name).matches();
    }

    /** The amount of an order-level total: zero, the items', the shipping's or the whole order's. */
    static BigDecimal split(String name, BigDecimal whole, BigDecimal items, BigDecimal shipping) {
        if (isAlwaysZero(name)) {
            return BigDecimal.ZERO;
        }
        if (name.contains("item_")) {
            return items;
        }
        return name.contains("shipping_") ? shipping : whole;
    }

    /** Adds each named total, then (when {@code withRaw}) each {@code raw_} twin. */
    static void add(WireRow row, List<String> names, Function<String, BigDecimal> amount, boolean withRaw) {
        names.forEach(name -> row.col(name, amount.apply(name)));
        if (withRaw) {
            names.forEach(name -> row.col("raw_" + name, MedusaJson.raw(amount.apply(name))));
        }
    }
}
