package io.omnicart.adapter.omnium.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.adapter.omnium.model.OmniumOrder;
import io.omnicart.adapter.omnium.model.OmniumOrderForm;
import io.omnicart.adapter.omnium.model.OmniumOrderLine;
import io.omnicart.adapter.omnium.model.OmniumPayment;
import io.omnicart.adapter.omnium.model.OmniumShipment;
import io.omnicart.core.model.FulfillmentStatus;
import io.omnicart.core.model.PaymentStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Payment and fulfillment status derived as reference §5.6 describes. */
class OmniumStatusDerivationTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "'', NOT_PAID",
        "'Authorization:100', AUTHORIZED",
        "'Authorization:40', PARTIALLY_AUTHORIZED",
        "'Authorization:100,Void:100', CANCELED",
        "'Authorization:100,Void:0', CANCELED",
        "'Authorization:100,Capture:100', CAPTURED",
        "'Sale:100', CAPTURED",
        "'Authorization:100,Captured:60', PARTIALLY_CAPTURED",
        "'Capture:100,Credit:100', REFUNDED",
        "'Capture:100,Credit:30', PARTIALLY_REFUNDED",
        "'Authorization:100:Failed', NOT_PAID",
    })
    void paymentStatus(String transactions, PaymentStatus expected) {
        assertThat(OmniumPaymentStatusMapper.paymentStatus(form(payments(transactions), List.of(), List.of())))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "'', New, NOT_FULFILLED",
        "'PackedAndReady:AwaitingInventory:2', New, FULFILLED",
        "'PackedAndReady:AwaitingInventory:1', New, PARTIALLY_FULFILLED",
        "'New:Shipped:2', New, SHIPPED",
        "'New:Shipped:1', New, PARTIALLY_SHIPPED",
        "'Completed:Shipped:2', Completed, DELIVERED",
        "'Completed:Shipped:1', PartiallyShipped, PARTIALLY_DELIVERED",
        "'', OrderCanceled, CANCELED",
    })
    void fulfillmentStatus(String shipments, String status, FulfillmentStatus expected) {
        OmniumOrderLine line = line("1", 2, 0);
        OmniumOrder order = order(status, form(List.of(), List.of(line), shipments(shipments)));

        assertThat(OmniumFulfillmentMapper.fulfillmentStatus(order, OmniumStatusRules.defaults()))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "delivered {0} of 2 → {1}")
    @CsvSource({"0, NOT_FULFILLED", "1, PARTIALLY_SHIPPED", "2, SHIPPED"})
    void aLinesDeliveredQuantityCountsAsShipped(int delivered, FulfillmentStatus expected) {
        OmniumOrderLine line = line("1", 2, delivered);
        OmniumOrder order = order("New", form(List.of(), List.of(line), List.of()));

        assertThat(OmniumFulfillmentMapper.fulfillmentStatus(order, OmniumStatusRules.defaults()))
                .isEqualTo(expected);
    }

    private static List<OmniumPayment> payments(String spec) {
        if (spec.isBlank()) {
            return List.of();
        }
        return List.of(spec.split(",")).stream()
                .map(part -> part.split(":"))
                .map(bits -> new OmniumPayment(
                        null,
                        "Klarna",
                        bits[0],
                        bits.length > 2 ? bits[2] : "Processed",
                        new BigDecimal(bits[1]),
                        null))
                .toList();
    }

    private static List<OmniumShipment> shipments(String spec) {
        if (spec.isBlank()) {
            return List.of();
        }
        String[] bits = spec.split(":");
        OmniumOrderLine units = line("1", Integer.parseInt(bits[2]), 0);
        return List.of(new OmniumShipment("s1", bits[1], bits[0], null, null, List.of(units), null, null, null, null));
    }

    private static OmniumOrderLine line(String id, int quantity, int delivered) {
        return new OmniumOrderLine(
                id,
                "SKU",
                "SKU",
                null,
                "Thing",
                null,
                null,
                null,
                BigDecimal.valueOf(quantity),
                null,
                BigDecimal.valueOf(delivered),
                null,
                BigDecimal.TEN,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static OmniumOrderForm form(
            List<OmniumPayment> payments, List<OmniumOrderLine> lines, List<OmniumShipment> shipments) {
        return new OmniumOrderForm(
                lines,
                shipments,
                payments,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new BigDecimal("100"),
                null,
                null,
                null);
    }

    private static OmniumOrder order(String status, OmniumOrderForm form) {
        return new OmniumOrder(
                "o1", "o1", status, "Online", null, null, null, null, null, null, null, null, "EUR", null, form, null,
                null, null, null, null, null, null, null);
    }
}
