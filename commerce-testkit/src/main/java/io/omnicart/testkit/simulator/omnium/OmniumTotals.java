package io.omnicart.testkit.simulator.omnium;

import java.math.BigDecimal;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Omnium's calculated money fields of an order or cart (reference §5.5, §5.6): line {@code extendedPrice}, form
 * {@code subTotal}, {@code shippingTotal}, {@code total}, the payment totals ({@code authorizedPaymentTotal} = processed
 * authorizations minus voids, {@code capturedPaymentTotal} = captures and sales, {@code creditPaymentTotal} = credits)
 * and the order's {@code remainingPayment} and {@code netTotal}. Prices are tax-inclusive with tax rate 0 [I].
 */
final class OmniumTotals {

    private OmniumTotals() {}

    static void apply(ObjectNode order) {
        JsonNode formNode = order.get("orderForm");
        if (!(formNode instanceof ObjectNode form)) {
            return;
        }
        BigDecimal subTotal = BigDecimal.ZERO;
        for (JsonNode line : form.path("lineItems").values()) {
            BigDecimal placed = decimal(line, "placedPrice");
            BigDecimal quantity = decimal(line, "quantity");
            BigDecimal extended = placed.multiply(quantity);
            ObjectNode target = (ObjectNode) line;
            target.put("placedPriceExclTax", placed);
            target.put("discountedPrice", extended);
            target.put("extendedPrice", extended);
            target.put("extendedPriceExclTax", extended);
            target.put("taxRate", BigDecimal.ZERO);
            target.put("taxTotal", BigDecimal.ZERO);
            subTotal = subTotal.add(extended);
        }
        BigDecimal shipping = decimal(form, "shippingSubTotal");
        BigDecimal total = subTotal.add(shipping);
        form.put("subTotal", subTotal);
        form.put("subTotalExclTax", subTotal);
        form.put("shippingSubTotal", shipping);
        form.put("shippingSubTotalExclTax", shipping);
        form.put("shippingTotal", shipping);
        form.put("shippingDiscountTotal", BigDecimal.ZERO);
        form.put("discountAmount", BigDecimal.ZERO);
        form.put("taxTotal", BigDecimal.ZERO);
        form.put("total", total);
        form.put("totalExclTax", total);
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
        order.put("netTotalExclTax", total);
        order.put("shippingSubTotal", shipping);
    }

    static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isNumber() ? BigDecimal.ZERO : value.decimalValue();
    }
}
