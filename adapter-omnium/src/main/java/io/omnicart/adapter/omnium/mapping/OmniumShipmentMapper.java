package io.omnicart.adapter.omnium.mapping;

import io.omnicart.adapter.omnium.model.OmniumOrder;
import io.omnicart.adapter.omnium.model.OmniumShipment;
import io.omnicart.adapter.omnium.model.OmniumStatusLogEntry;
import io.omnicart.core.model.Shipment;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Omnium shipments (reference §5.5) that went out, as normalized {@link Shipment}s: only those that shipped or carry a
 * tracking number (a new order's placeholder shipment is not a shipment yet). Times come from the shipment's {@code
 * orderStatusLog} when the tenant keeps one (§5.7), else from its {@code completed} date and the order's. Pure.
 */
public final class OmniumShipmentMapper {

    private static final Set<String> SHIPPING = Set.of(
            "ship", "virtualship", "intransit", "partiallyshipped", "shippedfromwarehouse", "splittedshippedshipment");

    private OmniumShipmentMapper() {}

    public static @Nullable Shipment toShipment(OmniumOrder order, OmniumStatusRules rules, OmniumShipment shipment) {
        OmniumFulfillmentMapper.Stage stage = OmniumFulfillmentMapper.stage(order, rules, shipment);
        String tracking = OmniumAddressMapper.blankToNull(shipment.shipmentTrackingNumber());
        if (stage.compareTo(OmniumFulfillmentMapper.Stage.SHIPPED) < 0 && tracking == null) {
            return null;
        }
        String link = OmniumAddressMapper.blankToNull(shipment.shipmentTrackingLink());
        return new Shipment(
                shipment.shipmentId() == null ? "" : shipment.shipmentId(),
                OmniumAddressMapper.blankToNull(shipment.shippingMethodName()),
                tracking == null ? List.of() : List.of(tracking),
                link == null ? List.of() : List.of(link),
                shippedAt(shipment, stage),
                deliveredAt(order, rules, shipment, stage));
    }

    private static @Nullable OffsetDateTime shippedAt(OmniumShipment shipment, OmniumFulfillmentMapper.Stage stage) {
        OffsetDateTime logged = logged(shipment, status -> SHIPPING.contains(status.toLowerCase(Locale.ROOT)));
        if (logged != null || stage.compareTo(OmniumFulfillmentMapper.Stage.SHIPPED) < 0) {
            return logged;
        }
        return OmniumTimes.parse(shipment.completed());
    }

    private static @Nullable OffsetDateTime deliveredAt(
            OmniumOrder order, OmniumStatusRules rules, OmniumShipment shipment, OmniumFulfillmentMapper.Stage stage) {
        if (stage != OmniumFulfillmentMapper.Stage.DELIVERED) {
            return null;
        }
        OffsetDateTime logged = logged(shipment, status -> rules.isDelivered(order.orderType(), status));
        if (logged != null) {
            return logged;
        }
        OffsetDateTime completed = OmniumTimes.parse(order.completed());
        return completed != null ? completed : OmniumTimes.parse(shipment.completed());
    }

    /** The first log entry whose status passes {@code wanted}. */
    private static @Nullable OffsetDateTime logged(OmniumShipment shipment, Predicate<String> wanted) {
        if (shipment.orderStatusLog() == null) {
            return null;
        }
        return shipment.orderStatusLog().stream()
                .filter(entry -> entry.status() != null && wanted.test(entry.status()))
                .map(OmniumStatusLogEntry::timestamp)
                .map(OmniumTimes::parse)
                .filter(Objects::nonNull)
                .min(OffsetDateTime::compareTo)
                .orElse(null);
    }
}
