package io.omnicart.testkit.simulator.omnium;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Omnium's calculated money fields of an order or cart (reference §5.5, §5.6): line {@code extendedPrice}, form
 * {@code subTotal}, {@code shippingTotal}, {@code total}, the payment totals ({@code authorizedPaymentTotal} = processed
 * authorizations minus voids, {@code capturedPaymentTotal} = captures and sales, {@code creditPaymentTotal} = credits)
 * and the order's {@code remainingPayment} and {@code netTotal}. A line's {@code placedPrice} includes tax at its
 * {@code taxRate} (docs example: 500 with 25 % is 400 without, reference §5.5); its {@code placedPriceExclTax} is kept
 * when given, else derived. Shipping carries no tax here [I].
 */
final class OmniumTotals {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OmniumTotals() {}

    static void apply(ObjectNode order) {
        JsonNode formNode = order.get("orderForm");
        if (!(formNode instanceof ObjectNode form)) {
            return;
        }
        BigDecimal subTotal = BigDecimal.ZERO;
        BigDecimal subTotalExclTax = BigDecimal.ZERO;
        for (JsonNode line : form.path("lineItems").values()) {
            BigDecimal placed = decimal(line, "placedPrice");
            BigDecimal rate = decimal(line, "taxRate");
            BigDecimal placedExclTax = line.path("placedPriceExclTax").isNumber()
                    ? decimal(line, "placedPriceExclTax")
                    : placed.multiply(HUNDRED).divide(HUNDRED.add(rate), 2, RoundingMode.HALF_UP);
            BigDecimal quantity = decimal(line, "quantity");
            BigDecimal extended = placed.multiply(quantity);
            BigDecimal extendedExclTax = placedExclTax.multiply(quantity);
            ObjectNode target = (ObjectNode) line;
            target.put("placedPriceExclTax", placedExclTax);
            target.put("discountedPrice", extended);
            target.put("extendedPrice", extended);
            target.put("extendedPriceExclTax", extendedExclTax);
            target.put("taxRate", rate);
            target.put("taxTotal", extended.subtract(extendedExclTax));
            subTotal = subTotal.add(extended);
            subTotalExclTax = subTotalExclTax.add(extendedExclTax);
        }
        BigDecimal shipping = decimal(form, "shippingSubTotal");
        BigDecimal total = subTotal.add(shipping);
        form.put("subTotal", subTotal);
        form.put("subTotalExclTax", subTotalExclTax);
        form.put("shippingSubTotal", shipping);
        form.put("shippingSubTotalExclTax", shipping);
        form.put("shippingTotal", shipping);
        form.put("shippingDiscountTotal", BigDecimal.ZERO);
        form.put("discountAmount", BigDecimal.ZERO);
        form.put("taxTotal", subTotal.subtract(subTotalExclTax));
        form.put("total", total);
        form.put("totalExclTax", subTotalExclTax.add(shipping));
        BigDecimal authorized = BigDecimal.ZERO;
        BigDecimal captured = BigDecimal.ZERO;
        BigDecimal credited = BigDecimal.ZERO;
        for (JsonNode payment : form.path("payments").values()) {
            if (!"Processed".equalsIgnoreCase(payment.path("status").asString("Processed"))) {
                continue;
            }
            BigDecimal amount = decimal(payment, "amount");
            switch (payment.path("transactionType").asString("").toLowerCase(Locale.ROOT)) {
                case "authorization" -> authorized = authorized.add(amount);
                case "void", "releaseremainingauthorization" -> authorized = authorized.subtract(amount);
                case "capture", "captured", "sale", "invoiced" -> captured = captured.add(amount);
                case "credit" -> credited = credited.add(amount);
                default -> {}
            }
        }
        form.put("authorizedPaymentTotal", authorized.max(BigDecimal.ZERO));
        form.put("capturedPaymentTotal", captured);
        form.put("creditPaymentTotal", credited);
        BigDecimal covered = authorized.max(captured).max(BigDecimal.ZERO);
        order.put("remainingPayment", total.subtract(covered).max(BigDecimal.ZERO));
        order.put("netTotal", total);
        order.put("netTotalExclTax", subTotalExclTax.add(shipping));
        order.put("shippingSubTotal", shipping);
    }

    /** Prices a line at {@code exclTax} before tax and {@code taxRate} percent on top, rounded to cents. */
    static void price(ObjectNode line, BigDecimal exclTax, BigDecimal taxRate) {
        line.put("placedPriceExclTax", exclTax);
        line.put("taxRate", taxRate);
        line.put("placedPrice", exclTax.multiply(HUNDRED.add(taxRate)).divide(HUNDRED, 2, RoundingMode.HALF_UP));
    }

    static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isNumber() ? BigDecimal.ZERO : value.decimalValue();
    }
}
