package io.omnicart.adapter.omnium.mapping;

import io.omnicart.adapter.omnium.error.OmniumErrorTranslator;
import io.omnicart.adapter.omnium.model.OmniumLineItemUpdate;
import io.omnicart.adapter.omnium.model.OmniumOrder;
import io.omnicart.adapter.omnium.model.OmniumOrderLine;
import io.omnicart.adapter.omnium.model.OmniumOrderLinesUpdate;
import io.omnicart.adapter.omnium.model.OmniumShipment;
import io.omnicart.adapter.omnium.model.OmniumShipmentInfo;
import io.omnicart.core.model.CreateShipmentCommand;
import io.omnicart.core.model.ShipmentItem;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A shipment confirmation as an {@code OrderLinesUpdate} (reference §5.2): the units to deliver per line (every unit
 * not yet shipped, or the listed ones, checked against what is left), and the shipment they go in with its tracking.
 * Shipping everything that one open shipment holds completes that shipment; anything else goes in a new one (Omnium
 * creates a shipment for an unknown id). Pure.
 */
public final class OmniumShipmentPlanner {

    private OmniumShipmentPlanner() {}

    public static OmniumOrderLinesUpdate plan(
            OmniumOrder order, OmniumStatusRules rules, CreateShipmentCommand command) {
        Map<String, BigDecimal> left = left(order, rules);
        Map<String, BigDecimal> units = command.items().isEmpty() ? positive(left) : listed(command.items(), left);
        if (units.isEmpty()) {
            throw OmniumErrorTranslator.invalidState("Order " + order.id() + " has no unshipped items left");
        }
        List<OmniumLineItemUpdate> updates = units.entrySet().stream()
                .map(entry -> new OmniumLineItemUpdate(entry.getKey(), entry.getValue()))
                .toList();
        OmniumShipmentInfo info = new OmniumShipmentInfo(
                shipmentId(order, rules, units), command.trackingNumber(), command.trackingUrl(), command.carrier());
        return new OmniumOrderLinesUpdate(null, updates, info);
    }

    /** Units not yet shipped per line id, in line order. */
    static Map<String, BigDecimal> left(OmniumOrder order, OmniumStatusRules rules) {
        Map<String, BigDecimal> left = new LinkedHashMap<>();
        for (OmniumOrderLine line : OmniumOrderMapper.lines(order)) {
            if (line.lineItemId() != null) {
                BigDecimal open = OmniumFulfillmentMapper.open(line);
                left.put(line.lineItemId(), open.subtract(OmniumFulfillmentMapper.shipped(order, rules, line)));
            }
        }
        return left;
    }

    private static Map<String, BigDecimal> positive(Map<String, BigDecimal> left) {
        return left.entrySet().stream()
                .filter(entry -> entry.getValue().signum() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<String, BigDecimal> listed(List<ShipmentItem> items, Map<String, BigDecimal> left) {
        Map<String, BigDecimal> units = new LinkedHashMap<>();
        for (int index = 0; index < items.size(); index++) {
            ShipmentItem item = items.get(index);
            BigDecimal available = left.get(item.lineItemId());
            if (available == null) {
                throw OmniumErrorTranslator.invalidField(
                        "items[" + index + "].lineItemId", "the order has no line " + item.lineItemId());
            }
            BigDecimal wanted =
                    units.getOrDefault(item.lineItemId(), BigDecimal.ZERO).add(BigDecimal.valueOf(item.quantity()));
            if (item.quantity() < 1 || wanted.compareTo(available) > 0) {
                throw OmniumErrorTranslator.invalidField(
                        "items[" + index + "].quantity",
                        "between 1 and the " + available.toPlainString() + " unshipped units");
            }
            units.put(item.lineItemId(), wanted);
        }
        return units;
    }

    /** The open shipment holding exactly these lines when it ships whole; else a new id. */
    private static String shipmentId(OmniumOrder order, OmniumStatusRules rules, Map<String, BigDecimal> units) {
        List<OmniumShipment> shipments = OmniumOrderMapper.shipments(order);
        for (OmniumShipment shipment : shipments) {
            if (shipment.shipmentId() != null
                    && OmniumFulfillmentMapper.stage(order, rules, shipment)
                                    .compareTo(OmniumFulfillmentMapper.Stage.SHIPPED)
                            < 0
                    && holdsExactly(shipment, units)) {
                return shipment.shipmentId();
            }
        }
        return newId(order, shipments);
    }

    private static boolean holdsExactly(OmniumShipment shipment, Map<String, BigDecimal> units) {
        if (shipment.lineItems() == null || shipment.lineItems().isEmpty()) {
            return false;
        }
        Map<String, BigDecimal> held = new LinkedHashMap<>();
        for (OmniumOrderLine line : shipment.lineItems()) {
            if (line.lineItemId() != null) {
                held.merge(line.lineItemId(), OmniumFulfillmentMapper.open(line), BigDecimal::add);
            }
        }
        return held.keySet().equals(units.keySet())
                && held.entrySet().stream()
                        .allMatch(entry -> entry.getValue().compareTo(units.get(entry.getKey())) == 0);
    }

    private static String newId(OmniumOrder order, List<OmniumShipment> shipments) {
        Set<String> taken = shipments.stream()
                .map(OmniumShipment::shipmentId)
                .filter(id -> id != null)
                .collect(Collectors.toSet());
        int number = shipments.size() + 1;
        while (taken.contains(order.id() + "-" + number)) {
            number++;
        }
        return order.id() + "-" + number;
    }
}
