package io.omnicart.adapter.demo.data;

import io.omnicart.core.model.Address;
import io.omnicart.core.model.FulfillmentStatus;
import io.omnicart.core.model.Shipment;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;

/** Writes the warehouse part of an order's history: packing, parcels handed to carriers, deliveries. */
final class DemoFulfillment {

    private static final String WAREHOUSE = "the Amsterdam warehouse";

    private final DemoTime time;
    private final Random random;

    DemoFulfillment(DemoTime time, Random random) {
        this.time = time;
        this.random = random;
    }

    void write(OrderContext order, DemoTimeline timeline) {
        FulfillmentStatus status = order.scenario().fulfillment();
        if (status == FulfillmentStatus.NOT_FULFILLED || status == FulfillmentStatus.CANCELED) {
            return;
        }
        OffsetDateTime packed = order.plan().placedAt().plusHours(4 + random.nextInt(26));
        OffsetDateTime handedOver = packed.plusHours(1 + random.nextInt(6));
        switch (status) {
            case FULFILLED -> timeline.add(packed, "fulfilled", allPacked(order) + ", awaiting carrier pickup");
            case PARTIALLY_FULFILLED -> packedPart(order, timeline, packed);
            case PARTIALLY_SHIPPED -> ship(order, timeline, packedPart(order, timeline, packed), handedOver, false);
            case SHIPPED -> ship(order, timeline, packedAll(order, timeline, packed), handedOver, false);
            case PARTIALLY_DELIVERED -> deliverFirstParcel(order, timeline, packed, handedOver);
            default -> ship(order, timeline, packedAll(order, timeline, packed), handedOver, true);
        }
    }

    private void deliverFirstParcel(
            OrderContext order, DemoTimeline timeline, OffsetDateTime packed, OffsetDateTime at) {
        Shipment first = ship(order, timeline, packedPart(order, timeline, packed), at, true);
        OffsetDateTime restocked = first.shippedAt().plusHours(20 + random.nextInt(28));
        int rest = OrderContext.units(order.secondParcel());
        timeline.add(restocked, "fulfilled", "Remaining " + DemoText.items(rest) + " packed after restocking");
        ship(order, timeline, rest, restocked.plusHours(1 + random.nextInt(5)), false);
    }

    private String allPacked(OrderContext order) {
        return "All " + DemoText.items(OrderContext.units(order.lines())) + " packed at " + WAREHOUSE;
    }

    private int packedAll(OrderContext order, DemoTimeline timeline, OffsetDateTime at) {
        timeline.add(at, "fulfilled", allPacked(order));
        return OrderContext.units(order.lines());
    }

    private int packedPart(OrderContext order, DemoTimeline timeline, OffsetDateTime at) {
        int part = OrderContext.units(order.firstParcel());
        int all = OrderContext.units(order.lines());
        timeline.add(
                at, "fulfilled", part + " of " + all + " items packed at " + WAREHOUSE + "; the rest is on backorder");
        return part;
    }

    private Shipment ship(OrderContext order, DemoTimeline timeline, int units, OffsetDateTime at, boolean delivered) {
        DemoCarriers.Parcel parcel = DemoCarriers.parcel(order.shipping().countryCode(), random);
        OffsetDateTime deliveredAt =
                delivered ? at.plusDays(1 + random.nextInt(3)).plusHours(random.nextInt(8)) : null;
        Shipment shipment = new Shipment(
                time.id("ful", at, random),
                parcel.carrier(),
                List.of(parcel.trackingNumber()),
                List.of(parcel.trackingUrl()),
                at,
                deliveredAt);
        timeline.add(shipment);
        announce(order, timeline, shipment, units);
        return shipment;
    }

    private static void announce(OrderContext order, DemoTimeline timeline, Shipment shipment, int units) {
        String tracking = shipment.trackingNumbers().getFirst();
        String what = DemoText.items(units) + " with " + shipment.carrier() + " (tracking " + tracking + ")";
        timeline.add(shipment.shippedAt(), "shipped", "Shipped " + what);
        if (shipment.deliveredAt() != null) {
            Address to = order.shipping();
            timeline.add(shipment.deliveredAt(), "delivered", "Delivered to " + to.city() + ", " + to.countryCode());
        }
    }
}
