package io.omnicart.adapter.medusa.mapping;

import static io.omnicart.adapter.medusa.mapping.MedusaOrderMapper.list;
import static io.omnicart.adapter.medusa.mapping.MedusaOrderMapper.quantity;

import io.omnicart.adapter.medusa.error.MedusaErrorTranslator;
import io.omnicart.adapter.medusa.model.MedusaFulfillment;
import io.omnicart.adapter.medusa.model.MedusaItemQuantity;
import io.omnicart.adapter.medusa.model.MedusaLineItem;
import io.omnicart.adapter.medusa.model.MedusaOrder;
import io.omnicart.core.model.CreateShipmentCommand;
import io.omnicart.core.model.ShipmentItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides what a shipment confirmation does to a Medusa order (reference §5: fulfillment, then shipment with labels).
 * Listed items must be lines of the order with that many units unfulfilled. Without items, every unfulfilled unit is
 * fulfilled and shipped; when nothing is unfulfilled, the fulfillments packed but not shipped yet are shipped.
 */
public final class MedusaShipmentPlanner {

    private MedusaShipmentPlanner() {}

    public static MedusaShipmentPlan plan(MedusaOrder order, CreateShipmentCommand command) {
        refuseClosed(order);
        if (!command.items().isEmpty()) {
            return new MedusaShipmentPlan(listed(order, command.items()), List.of());
        }
        List<MedusaItemQuantity> unfulfilled = list(order.items()).stream()
                .filter(item -> unfulfilled(item) > 0)
                .map(item -> new MedusaItemQuantity(item.id(), unfulfilled(item)))
                .toList();
        if (!unfulfilled.isEmpty()) {
            return new MedusaShipmentPlan(unfulfilled, List.of());
        }
        List<MedusaShipmentPlan.Packed> packed = packed(order);
        if (packed.isEmpty()) {
            throw MedusaErrorTranslator.invalidState("Every item of this order has been shipped already");
        }
        return new MedusaShipmentPlan(List.of(), packed);
    }

    /** Units of a line not in any fulfillment yet. */
    static int unfulfilled(MedusaLineItem item) {
        int fulfilled = item.detail() == null ? 0 : quantity(item.detail().fulfilledQuantity());
        return Math.max(0, quantity(item.quantity()) - fulfilled);
    }

    private static void refuseClosed(MedusaOrder order) {
        String status = Objects.requireNonNullElse(order.status(), "");
        if (status.equals("canceled")
                || status.equals("archived")
                || status.equals("draft")
                || status.equals("completed")) {
            throw MedusaErrorTranslator.invalidState("A " + status + " order cannot be shipped");
        }
    }

    private static List<MedusaItemQuantity> listed(MedusaOrder order, List<ShipmentItem> items) {
        List<MedusaItemQuantity> plan = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ShipmentItem wanted = items.get(i);
            String field = "items[" + i + "]";
            MedusaLineItem line = line(order, wanted.lineItemId())
                    .orElseThrow(() ->
                            MedusaErrorTranslator.invalidField(field + ".lineItemId", "not a line item of this order"));
            if (wanted.quantity() < 1 || wanted.quantity() > unfulfilled(line)) {
                throw MedusaErrorTranslator.invalidField(
                        field + ".quantity", "between 1 and the " + unfulfilled(line) + " unfulfilled units");
            }
            plan.add(new MedusaItemQuantity(line.id(), wanted.quantity()));
        }
        return plan;
    }

    private static Optional<MedusaLineItem> line(MedusaOrder order, String lineItemId) {
        return list(order.items()).stream()
                .filter(item -> lineItemId.equals(item.id()))
                .findFirst();
    }

    private static List<MedusaShipmentPlan.Packed> packed(MedusaOrder order) {
        List<MedusaFulfillment> waiting = list(order.fulfillments()).stream()
                .filter(f -> f.canceledAt() == null && f.shippedAt() == null)
                .toList();
        return waiting.stream()
                .map(f -> new MedusaShipmentPlan.Packed(f.id(), packedItems(order, f, waiting.size() == 1)))
                .filter(p -> !p.items().isEmpty())
                .toList();
    }

    /** The fulfillment's own lines when Medusa sent them; else, for a single one, what is fulfilled but unshipped. */
    private static List<MedusaItemQuantity> packedItems(MedusaOrder order, MedusaFulfillment f, boolean only) {
        if (f.items() != null && !f.items().isEmpty()) {
            return f.items().stream()
                    .filter(item -> item.lineItemId() != null && quantity(item.quantity()) > 0)
                    .map(item -> new MedusaItemQuantity(item.lineItemId(), quantity(item.quantity())))
                    .toList();
        }
        return !only
                ? List.of()
                : list(order.items()).stream()
                        .filter(item -> unshipped(item) > 0)
                        .map(item -> new MedusaItemQuantity(item.id(), unshipped(item)))
                        .toList();
    }

    private static int unshipped(MedusaLineItem item) {
        return item.detail() == null
                ? 0
                : quantity(item.detail().fulfilledQuantity())
                        - quantity(item.detail().shippedQuantity());
    }
}
