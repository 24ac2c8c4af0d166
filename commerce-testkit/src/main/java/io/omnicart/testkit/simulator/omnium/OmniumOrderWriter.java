package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import io.omnicart.testkit.simulator.seed.Seed;
import io.omnicart.testkit.simulator.seed.SeedAddress;
import io.omnicart.testkit.simulator.seed.SeedDraftOrder;
import io.omnicart.testkit.simulator.seed.SeedFulfillment;
import io.omnicart.testkit.simulator.seed.SeedFulfillmentStage;
import io.omnicart.testkit.simulator.seed.SeedLine;
import io.omnicart.testkit.simulator.seed.SeedOrder;
import io.omnicart.testkit.simulator.seed.SeedOrderState;
import io.omnicart.testkit.simulator.seed.SeedPayment;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a seeded order as an {@code OmniumOrder} tree (reference §5.5–§5.7): lines, shipments (one per seeded
 * fulfillment plus one awaiting the unfulfilled rest) with delivery address, carrier, tracking and status log, payments
 * as transactions, billing address, and the cancel reason where Omnium can keep one (line {@code cancelReason}, order
 * property {@code cancelReason}, an internal order note).
 *
 * <p>Mapping of seeded states [I]: a packed fulfillment is a shipment {@code Released} / {@code PackedAndReady}; a
 * shipped one {@code Shipped} / {@code Ship}; a delivered one {@code Shipped} / {@code Completed} with {@code
 * completed}. Order status: pending → {@code New}, {@code InProgress}, {@code PackedAndReady}, {@code PartiallyShipped}
 * or {@code Ship} by its shipments; completed → {@code Completed}; cancelled → {@code OrderCanceled}; archived →
 * {@code Completed} (or {@code OrderCanceled} when it was a cancellation) plus the tag {@code archived}. Registered
 * customers' orders carry {@code customerClubMemberId}.
 */
final class OmniumOrderWriter {

    /** Key of the order property holding a cancellation reason (no order-level field exists, reference §5.4). */
    static final String CANCEL_REASON = "cancelReason";

    private static final String PAYMENT_METHOD = "Card";
    private static final String WAREHOUSE = OmniumSeeder.STORE_ID;

    private final Seed seed;
    private final OmniumSeeder.Markets markets;

    OmniumOrderWriter(Seed seed, OmniumSeeder.Markets markets) {
        this.seed = seed;
        this.markets = markets;
    }

    /** A seeded order; {@code customer} is the seeded customer's Omnium tree or null. */
    ObjectNode write(String id, SeedOrder source, @Nullable ObjectNode customer) {
        Instant created = source.createdAt();
        String marketId =
                markets.marketFor(source.currency(), source.shippingAddress().countryCode());
        ObjectNode order = header(id, "New", source.currency(), marketId, OmniumJson.time(created));
        customer(order, source.email(), source.shippingAddress(), customer);
        order.set(
                "billingAddress",
                address(
                        source.billingAddress() == null ? source.shippingAddress() : source.billingAddress(),
                        source.email()));
        ObjectNode form = order.putObject("orderForm");
        form.put("shippingSubTotal", source.shippingAmount());
        ArrayNode lines = form.putArray("lineItems");
        lines(lines, source.lines(), source.currency(), markets.taxRate(marketId));
        boolean cancellation = source.state() == SeedOrderState.CANCELED
                || (source.state() == SeedOrderState.ARCHIVED
                        && source.fulfillments().isEmpty()
                        && (source.payment() == SeedPayment.CANCELED || source.payment() == SeedPayment.REFUNDED));
        List<ObjectNode> shipments = shipments(id, source, lines, created, cancellation);
        ArrayNode shipmentArray = form.putArray("shipments");
        shipments.forEach(shipmentArray::add);
        String status = status(source, shipments, cancellation);
        order.put("status", status);
        if (source.state() == SeedOrderState.ARCHIVED) {
            order.withArray("tags").add("archived");
        }
        if (OmniumOrderTypes.COMPLETED.equals(status)) {
            order.put("completed", OmniumJson.time(completedAt(source, created)));
        }
        if (cancellation) {
            cancel(order, lines, shipments, source.cancelReason(), created.plus(Duration.ofHours(6)));
        }
        form.set("payments", payments(id, source, created));
        OmniumTotals.apply(order);
        BigDecimal total = form.get("total").decimalValue();
        for (JsonNode payment : form.get("payments").values()) {
            ((ObjectNode) payment).put("amount", total);
        }
        OmniumTotals.apply(order);
        order.put("modified", OmniumJson.time(lastChange(order, created)));
        return order;
    }

    /** A minimal order for bulk seeding: one line-less form, status {@code New}. */
    static ObjectNode bulk(String id, String created) {
        ObjectNode order = header(id, "New", "EUR", null, created);
        order.put("customerEmail", "bulk" + id + "@example.com");
        ObjectNode form = order.putObject("orderForm");
        form.putArray("lineItems");
        form.putArray("shipments");
        form.putArray("payments");
        form.put("total", BigDecimal.TEN);
        return order;
    }

    static ObjectNode header(String id, String status, String currency, @Nullable String marketId, String created) {
        ObjectNode order = OmniumJson.object();
        order.put("id", id);
        order.put("orderNumber", id);
        order.put("status", status);
        order.put("orderType", OmniumOrderTypes.ONLINE);
        order.put("storeId", OmniumSeeder.STORE_ID);
        order.put("marketId", marketId == null ? OmniumSeeder.marketId(currency) : marketId);
        order.put("billingCurrency", currency.toUpperCase(Locale.ROOT));
        order.put("created", created);
        order.put("received", created);
        order.put("modified", created);
        order.put("isReadOnly", false);
        order.put("orderOrigin", "Web");
        order.putArray("tags");
        order.putArray("orderNotes");
        order.putArray("publicOrderNotes");
        order.putArray("properties");
        order.putArray("externalIds");
        order.putArray("errors");
        return order;
    }

    /** A seeded draft order as an Omnium cart: status {@code Draft}, lines and totals in {@code orderForm}. */
    ObjectNode cart(String id, SeedDraftOrder source, @Nullable ObjectNode customer) {
        String country = source.shippingAddress() == null
                ? null
                : source.shippingAddress().countryCode();
        String marketId = markets.marketFor(source.currency(), country);
        ObjectNode cart = header(id, "Draft", source.currency(), marketId, OmniumJson.time(source.createdAt()));
        cart.remove("orderNumber");
        cart.remove("received");
        cart.put("name", "Draft " + id);
        cart.put("isReadOnlyByCustomer", false);
        cart.put("ignorePromotions", false);
        cart.put("orderStatus", "New");
        cart.putNull("expiredDate");
        cart.putArray("customerGroups");
        customer(cart, source.email(), source.shippingAddress(), customer);
        ObjectNode form = cart.putObject("orderForm");
        form.put("shippingSubTotal", source.shippingAmount());
        lines(form.putArray("lineItems"), source.lines(), source.currency(), markets.taxRate(marketId));
        ArrayNode shipments = form.putArray("shipments");
        if (source.shippingAddress() != null) {
            ObjectNode shipment = shipments.addObject();
            shipment.put("shipmentId", id + "-1");
            shipment.put("shippingMethodName", "Standard");
            shipment.put("warehouseCode", WAREHOUSE);
            shipment.set("address", address(source.shippingAddress(), source.email()));
            shipment.put("shippingSubTotal", source.shippingAmount());
            shipment.putArray("lineItems");
        }
        form.putArray("payments");
        OmniumTotals.apply(cart);
        return cart;
    }

    private static void customer(
            ObjectNode order, String email, @Nullable SeedAddress address, @Nullable ObjectNode customer) {
        order.put("customerEmail", email);
        order.put("customerName", address == null ? null : name(address));
        order.put("customerPhone", address == null ? null : address.phone());
        if (customer == null) {
            order.putNull("customerId");
            order.put("customerType", "B2C");
            return;
        }
        String id = customer.get("customerId").asString();
        order.put("customerId", id);
        order.put("customerNumber", customer.path("customerNumber").asString(null));
        order.put("customerType", customer.path("customerType").asString("B2C"));
        if (customer.path("isCustomerClubMember").asBoolean()) {
            order.put("customerClubMemberId", id);
        }
        if (order.path("customerName").isNull()
                || order.path("customerName").asString().isBlank()) {
            order.put(
                    "customerName",
                    customer.path("fullName").asString(customer.path("name").asString(null)));
        }
    }

    /** The seed's prices are before tax: lines carry them as {@code placedPriceExclTax}, taxed at the market's rate. */
    private void lines(ArrayNode items, List<SeedLine> lines, String currency, BigDecimal taxRate) {
        int index = 1;
        for (SeedLine line : lines) {
            BigDecimal price = seed.variant(line.sku()).price(currency).amount();
            ObjectNode item = items.addObject();
            item.put("lineItemId", Integer.toString(index++));
            item.put("code", line.sku());
            item.put("productId", seed.productOf(line.sku()).handle());
            item.put("displayName", seed.productOf(line.sku()).title());
            item.put("quantity", line.quantity());
            item.put("canceledQuantity", 0);
            item.put("deliveredQuantity", 0);
            item.put("returnQuantity", 0);
            OmniumTotals.price(item, price, taxRate);
            item.putArray("properties");
        }
    }

    /** One shipment per fulfillment (its units) and one awaiting the rest; lines' delivered quantities follow. */
    private List<ObjectNode> shipments(
            String id, SeedOrder source, ArrayNode lines, Instant created, boolean cancellation) {
        Map<String, Integer> remaining = new LinkedHashMap<>();
        source.lines().forEach(line -> remaining.merge(line.sku(), line.quantity(), Integer::sum));
        List<ObjectNode> shipments = new ArrayList<>();
        int number = 1;
        for (SeedFulfillment fulfillment : source.fulfillments()) {
            Map<String, Integer> units =
                    fulfillment.quantities().isEmpty() ? Map.copyOf(remaining) : fulfillment.quantities();
            ObjectNode shipment = shipment(id + "-" + number++, source);
            Instant packed = created.plus(Duration.ofHours(2));
            List<String[]> log = new ArrayList<>();
            log.add(new String[] {"New", OmniumJson.time(created)});
            log.add(new String[] {OmniumOrderTypes.PACKED, OmniumJson.time(packed)});
            switch (fulfillment.stage()) {
                case FULFILLED -> {
                    shipment.put("status", "Released");
                    shipment.put("orderStatus", OmniumOrderTypes.PACKED);
                }
                case SHIPPED, DELIVERED -> {
                    Instant shipped = created.plus(Duration.ofHours(4));
                    shipment.put("status", "Shipped");
                    shipment.put("orderStatus", OmniumOrderTypes.SHIP);
                    shipment.put("expectedDeliveryDate", OmniumJson.time(shipped.plus(Duration.ofDays(2))));
                    log.add(new String[] {OmniumOrderTypes.SHIP, OmniumJson.time(shipped)});
                    if (fulfillment.stage() == SeedFulfillmentStage.DELIVERED) {
                        Instant delivered = created.plus(Duration.ofDays(1));
                        shipment.put("orderStatus", OmniumOrderTypes.COMPLETED);
                        shipment.put("completed", OmniumJson.time(delivered));
                        log.add(new String[] {OmniumOrderTypes.COMPLETED, OmniumJson.time(delivered)});
                    }
                }
            }
            if (fulfillment.carrier() != null) {
                shipment.put("shippingMethodName", fulfillment.carrier());
            }
            shipment.put("shipmentTrackingNumber", fulfillment.trackingNumber());
            shipment.put("shipmentTrackingLink", fulfillment.trackingUrl());
            ArrayNode shipmentLines = shipment.putArray("lineItems");
            for (Map.Entry<String, Integer> unit : units.entrySet()) {
                ObjectNode line = lineOf(lines, unit.getKey());
                shipmentLines.add(shipmentLine(line, unit.getValue()));
                remaining.merge(unit.getKey(), -unit.getValue(), Integer::sum);
                if (fulfillment.stage() != SeedFulfillmentStage.FULFILLED) {
                    line.put("deliveredQuantity", line.get("deliveredQuantity").asInt() + unit.getValue());
                    line.put("deliveredDate", OmniumJson.time(created.plus(Duration.ofHours(4))));
                }
            }
            statusLog(shipment, log);
            shipments.add(shipment);
        }
        remaining.values().removeIf(units -> units <= 0);
        if (!remaining.isEmpty() || shipments.isEmpty()) {
            ObjectNode shipment = shipment(id + "-" + number, source);
            shipment.put("status", cancellation ? "Cancelled" : "AwaitingInventory");
            shipment.put("orderStatus", "New");
            ArrayNode shipmentLines = shipment.putArray("lineItems");
            remaining.forEach((sku, units) -> shipmentLines.add(shipmentLine(lineOf(lines, sku), units)));
            List<String[]> log = new ArrayList<>();
            log.add(new String[] {"New", OmniumJson.time(created)});
            statusLog(shipment, log);
            shipments.add(shipment);
        }
        if (!shipments.isEmpty()) {
            shipments.getFirst().put("shippingSubTotal", source.shippingAmount());
        }
        return shipments;
    }

    private ObjectNode shipment(String shipmentId, SeedOrder source) {
        ObjectNode shipment = OmniumJson.object();
        shipment.put("shipmentId", shipmentId);
        shipment.put("warehouseCode", WAREHOUSE);
        shipment.put("shippingMethodName", "Standard");
        shipment.set("address", address(source.shippingAddress(), source.email()));
        shipment.putNull("shipmentTrackingNumber");
        shipment.putNull("shipmentTrackingLink");
        shipment.put("expectedDeliveryDate", "0001-01-01T00:00:00");
        shipment.put("shippingSubTotal", BigDecimal.ZERO);
        return shipment;
    }

    private static ObjectNode shipmentLine(ObjectNode line, int units) {
        ObjectNode copy = line.deepCopy();
        copy.put("quantity", units);
        return copy;
    }

    private static void statusLog(ObjectNode shipment, List<String[]> entries) {
        ArrayNode log = shipment.putArray("orderStatusLog");
        Instant previous = null;
        for (String[] entry : entries) {
            Instant at = OmniumJson.parseTime(entry[1]);
            ObjectNode node = log.addObject();
            node.put("status", entry[0]);
            node.put("timestamp", entry[1]);
            if (previous == null) {
                node.putNull("durationSincePreviousMs");
            } else {
                node.put(
                        "durationSincePreviousMs",
                        Duration.between(previous, at).toMillis());
            }
            previous = at;
        }
    }

    private static ObjectNode lineOf(ArrayNode lines, String sku) {
        for (JsonNode line : lines.values()) {
            if (line.get("code").asString().equals(sku)) {
                return (ObjectNode) line;
            }
        }
        throw new IllegalArgumentException("no line for " + sku);
    }

    private static String status(SeedOrder source, List<ObjectNode> shipments, boolean cancellation) {
        if (cancellation) {
            return OmniumOrderTypes.CANCELED;
        }
        if (source.state() == SeedOrderState.COMPLETED || source.state() == SeedOrderState.ARCHIVED) {
            return OmniumOrderTypes.COMPLETED;
        }
        long shipped = shipments.stream()
                .filter(s -> "Shipped".equals(s.path("status").asString()))
                .count();
        long packed = shipments.stream()
                .filter(s -> "Released".equals(s.path("status").asString()))
                .count();
        if (shipped == shipments.size()) {
            return OmniumOrderTypes.SHIP;
        }
        if (shipped > 0) {
            return OmniumOrderTypes.PARTIALLY_SHIPPED;
        }
        if (packed == shipments.size()) {
            return OmniumOrderTypes.PACKED;
        }
        return packed > 0 ? OmniumOrderTypes.IN_PROGRESS : "New";
    }

    private static Instant completedAt(SeedOrder source, Instant created) {
        boolean delivered = source.fulfillments().stream().anyMatch(f -> f.stage() == SeedFulfillmentStage.DELIVERED);
        return created.plus(delivered ? Duration.ofDays(1) : Duration.ofHours(8));
    }

    private static void cancel(
            ObjectNode order, ArrayNode lines, List<ObjectNode> shipments, @Nullable String reason, Instant at) {
        String when = OmniumJson.time(at);
        for (JsonNode line : lines.values()) {
            ObjectNode target = (ObjectNode) line;
            target.put(
                    "canceledQuantity",
                    line.get("quantity").asInt() - line.get("deliveredQuantity").asInt());
            target.put("canceledDate", when);
            target.put("cancelReason", reason);
        }
        for (ObjectNode shipment : shipments) {
            shipment.put("orderStatus", OmniumOrderTypes.CANCELED);
            shipment.put("status", "Cancelled");
            ArrayNode log = shipment.withArray("orderStatusLog");
            ObjectNode entry = log.addObject();
            entry.put("status", OmniumOrderTypes.CANCELED);
            entry.put("timestamp", when);
            entry.putNull("durationSincePreviousMs");
        }
        if (reason != null) {
            ObjectNode property = order.withArray("properties").addObject();
            property.put("key", CANCEL_REASON);
            property.put("value", reason);
            property.put("keyGroup", "OmniCart");
            property.put("valueType", "String");
            ObjectNode note = order.withArray("orderNotes").addObject();
            note.put("id", order.get("id").asString() + "-note-1");
            note.put("created", when);
            note.put("creator", "OmniCart");
            note.put("title", "Cancelled");
            note.put("detail", reason);
            note.put("type", "Internal");
            note.putArray("tags").add(CANCEL_REASON);
        }
    }

    private static ArrayNode payments(String id, SeedOrder source, Instant created) {
        ArrayNode payments = OmniumJson.array();
        Instant authorized = created.plusSeconds(60);
        switch (source.payment()) {
            case NOT_PAID -> {}
            case AUTHORIZED -> payments.add(payment(id, 1, "Authorization", authorized));
            case CAPTURED -> {
                payments.add(payment(id, 1, "Authorization", authorized));
                payments.add(payment(id, 2, "Capture", created.plus(Duration.ofHours(4))));
            }
            case REFUNDED -> {
                payments.add(payment(id, 1, "Authorization", authorized));
                payments.add(payment(id, 2, "Capture", created.plus(Duration.ofHours(1))));
                payments.add(payment(id, 3, "Credit", created.plus(Duration.ofHours(6))));
            }
            case CANCELED -> {
                payments.add(payment(id, 1, "Authorization", authorized));
                payments.add(payment(id, 2, "Void", created.plus(Duration.ofHours(6))));
            }
        }
        return payments;
    }

    private static ObjectNode payment(String orderId, int number, String type, Instant at) {
        ObjectNode payment = OmniumJson.object();
        payment.put("id", orderId + "-p" + number);
        payment.put("transactionId", "psp-" + orderId + "-" + number);
        payment.put("paymentMethodName", PAYMENT_METHOD);
        payment.put("paymentType", "Card");
        payment.put("transactionType", type);
        payment.put("status", "Processed");
        payment.put("amount", BigDecimal.ZERO);
        payment.put("created", OmniumJson.time(at));
        payment.put("paidDate", type.equals("Capture") ? OmniumJson.time(at) : null);
        payment.put("isManuallyAdded", false);
        return payment;
    }

    /** The latest timestamp the order carries (status log, payments, completion), for {@code modified}. */
    private static Instant lastChange(ObjectNode order, Instant created) {
        Instant last = created;
        for (JsonNode shipment : order.path("orderForm").path("shipments").values()) {
            for (JsonNode entry : shipment.path("orderStatusLog").values()) {
                last = max(last, entry.path("timestamp").asString());
            }
        }
        for (JsonNode payment : order.path("orderForm").path("payments").values()) {
            last = max(last, payment.path("created").asString());
        }
        if (order.hasNonNull("completed")) {
            last = max(last, order.get("completed").asString());
        }
        return last;
    }

    private static Instant max(Instant current, String text) {
        Instant other = OmniumJson.parseTime(text);
        return other.isAfter(current) ? other : current;
    }

    static String name(SeedAddress address) {
        return ((address.firstName() == null ? "" : address.firstName()) + " "
                        + (address.lastName() == null ? "" : address.lastName()))
                .trim();
    }

    /** An {@code OmniumOrderAddress}. */
    static ObjectNode address(SeedAddress address, @Nullable String email) {
        ObjectNode node = OmniumJson.object();
        node.put("name", name(address));
        node.put("firstName", address.firstName());
        node.put("lastName", address.lastName());
        node.put("organization", address.company());
        node.put("line1", address.line1());
        node.put("line2", address.line2());
        node.put("postalCode", address.postalCode());
        node.put("city", address.city());
        node.put("state", address.province());
        node.put("countryCode", address.countryCode().toUpperCase(Locale.ROOT));
        node.put("email", email);
        node.put("phone", address.phone());
        return node;
    }
}
