package io.omnicart.adapter.omnium.mapping;

import io.omnicart.adapter.omnium.model.OmniumOrder;
import io.omnicart.adapter.omnium.model.OmniumOrderLine;
import io.omnicart.adapter.omnium.model.OmniumShipment;
import io.omnicart.core.model.FulfillmentStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Omnium has no fulfillment status on the order (reference §5.6): it is derived from units. A shipment whose own
 * {@code status} is {@code Shipped} has shipped its lines (delivered when its workflow status is a delivered one); a
 * shipment whose workflow status says packed ({@code PackedAndReady}, {@code ReadyForShipment}, {@code
 * ReadyForPickup}) has fulfilled them; a line's {@code deliveredQuantity} counts as shipped. Cancelled units are left
 * out. Pure.
 */
public final class OmniumFulfillmentMapper {

    static final String SHIPPED = "Shipped";
    private static final Set<String> PACKED =
            Set.of("packedandready", "readyforshipment", "readyforpickup", "packinginprocess");

    private OmniumFulfillmentMapper() {}

    /** The stage one shipment reached. */
    public enum Stage {
        NONE,
        PACKED,
        SHIPPED,
        DELIVERED
    }

    public static FulfillmentStatus fulfillmentStatus(OmniumOrder order, OmniumStatusRules rules) {
        List<OmniumOrderLine> lines = OmniumOrderMapper.lines(order);
        BigDecimal ordered = BigDecimal.ZERO;
        BigDecimal packed = BigDecimal.ZERO;
        BigDecimal shipped = BigDecimal.ZERO;
        BigDecimal delivered = BigDecimal.ZERO;
        for (OmniumOrderLine line : lines) {
            BigDecimal units = open(line);
            ordered = ordered.add(units);
            delivered = delivered.add(units.min(unitsAt(order, rules, line, Stage.DELIVERED)));
            BigDecimal sent = units.min(
                    OmniumMoney.orZero(line.deliveredQuantity()).max(unitsAt(order, rules, line, Stage.SHIPPED)));
            shipped = shipped.add(sent);
            packed = packed.add(units.min(sent.max(unitsAt(order, rules, line, Stage.PACKED))));
        }
        return status(ordered, packed, shipped, delivered, rules.isCanceled(order.orderType(), order.status()));
    }

    private static FulfillmentStatus status(
            BigDecimal ordered, BigDecimal packed, BigDecimal shipped, BigDecimal delivered, boolean canceled) {
        if (ordered.signum() > 0 && delivered.compareTo(ordered) >= 0) {
            return FulfillmentStatus.DELIVERED;
        }
        if (delivered.signum() > 0) {
            return FulfillmentStatus.PARTIALLY_DELIVERED;
        }
        if (ordered.signum() > 0 && shipped.compareTo(ordered) >= 0) {
            return FulfillmentStatus.SHIPPED;
        }
        if (shipped.signum() > 0) {
            return FulfillmentStatus.PARTIALLY_SHIPPED;
        }
        if (canceled) {
            return FulfillmentStatus.CANCELED;
        }
        if (ordered.signum() > 0 && packed.compareTo(ordered) >= 0) {
            return FulfillmentStatus.FULFILLED;
        }
        return packed.signum() > 0 ? FulfillmentStatus.PARTIALLY_FULFILLED : FulfillmentStatus.NOT_FULFILLED;
    }

    /** Units of the line still ordered: quantity minus cancelled units. */
    public static BigDecimal open(OmniumOrderLine line) {
        BigDecimal units = OmniumMoney.orZero(line.quantity()).subtract(OmniumMoney.orZero(line.canceledQuantity()));
        return units.signum() > 0 ? units : BigDecimal.ZERO;
    }

    /** Units of the line already shipped (by a shipped shipment or the line's delivered quantity). */
    public static BigDecimal shipped(OmniumOrder order, OmniumStatusRules rules, OmniumOrderLine line) {
        return open(line)
                .min(OmniumMoney.orZero(line.deliveredQuantity()).max(unitsAt(order, rules, line, Stage.SHIPPED)));
    }

    /** How far one shipment got. */
    public static Stage stage(OmniumOrder order, OmniumStatusRules rules, OmniumShipment shipment) {
        String workflow = shipment.orderStatus() != null ? shipment.orderStatus() : order.status();
        if (SHIPPED.equalsIgnoreCase(shipment.status())) {
            return rules.isDelivered(order.orderType(), workflow) ? Stage.DELIVERED : Stage.SHIPPED;
        }
        return workflow != null && PACKED.contains(workflow.toLowerCase(Locale.ROOT)) ? Stage.PACKED : Stage.NONE;
    }

    /** Units of the line in shipments that reached at least {@code wanted}. */
    private static BigDecimal unitsAt(OmniumOrder order, OmniumStatusRules rules, OmniumOrderLine line, Stage wanted) {
        BigDecimal units = BigDecimal.ZERO;
        for (OmniumShipment shipment : OmniumOrderMapper.shipments(order)) {
            if (stage(order, rules, shipment).compareTo(wanted) >= 0) {
                units = units.add(unitsOf(shipment, line));
            }
        }
        return units;
    }

    private static BigDecimal unitsOf(OmniumShipment shipment, OmniumOrderLine line) {
        if (shipment.lineItems() == null || line.lineItemId() == null) {
            return BigDecimal.ZERO;
        }
        return shipment.lineItems().stream()
                .filter(item -> line.lineItemId().equals(item.lineItemId()))
                .map(item -> OmniumMoney.orZero(item.quantity()).subtract(OmniumMoney.orZero(item.canceledQuantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
