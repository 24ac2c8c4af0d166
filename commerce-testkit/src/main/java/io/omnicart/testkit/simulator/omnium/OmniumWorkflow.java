package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What entering an order status does (reference §5.2, §5.3, §5.7, §12 r19), shared by UpdateStatus and
 * OrderLinesUpdate: validation against the order type and {@code availableSteps}; per shipment the status, the
 * status's {@code shipmentStatusUpdate} ({@code Shipped} delivers the shipment's lines and takes the units out of
 * stock, {@code Cancelled} cancels what is left and frees the reservation), tracking from {@code shipmentInfo}, the
 * {@code orderStatusLog} (one entry per status per shipment); the order status follows when every shipment agrees;
 * a delivered status stamps {@code completed}.
 */
final class OmniumWorkflow {

    private final OmniumStore store;
    private final OmniumOptions options;
    private final Clock clock;

    OmniumWorkflow(OmniumStore store, OmniumOptions options, Clock clock) {
        this.store = store;
        this.options = options;
        this.clock = clock;
    }

    /** The definition of {@code status} in the order's type, after checking the move is allowed. */
    JsonNode checkMove(ObjectNode order, String status) {
        String type = order.path("orderType").asString(OmniumOrderTypes.ONLINE);
        JsonNode definition = OmniumOrderTypes.status(store.orderTypes(), type, status)
                .orElseThrow(() -> new OmniumFailure(
                        options.invalidStatusStatus(), "Status " + status + " is not defined for order type " + type));
        String current = order.path("status").asString();
        if (options.enforceAvailableSteps() && !current.equals(status)) {
            Optional<JsonNode> from = OmniumOrderTypes.status(store.orderTypes(), type, current);
            if (from.isPresent()
                    && !OmniumJson.strings(from.get().get("availableSteps")).contains(status)) {
                throw new OmniumFailure(
                        options.invalidStatusStatus(),
                        "Status " + status + " is not an available step from " + current);
            }
        }
        return definition;
    }

    /** Refuses writes to orders that are queued or read-only (400) and answers locks and conflicts (409). */
    void checkEditable(ObjectNode order) {
        store.checkWritable(order.get("id").asString());
        if ("Queued".equals(order.path("status").asString())
                || order.path("isReadOnly").asBoolean()) {
            throw OmniumFailure.badRequest("Order is queued or read-only");
        }
    }

    /**
     * Enters {@code status} on the shipment {@code shipmentId} (every shipment when null); applies {@code shipmentInfo}
     * tracking to the affected shipments.
     */
    void enter(
            ObjectNode order,
            String status,
            JsonNode definition,
            @Nullable String shipmentId,
            @Nullable JsonNode info) {
        String now = OmniumJson.time(clock.instant());
        List<ObjectNode> shipments = shipments(order);
        List<ObjectNode> targets = new ArrayList<>();
        if (shipmentId != null) {
            targets.add(shipments.stream()
                    .filter(shipment ->
                            shipmentId.equals(shipment.path("shipmentId").asString()))
                    .findFirst()
                    .orElseThrow(() -> OmniumFailure.badRequest("Shipment " + shipmentId + " not found on the order")));
        } else {
            targets.addAll(shipments);
        }
        String shipmentStatus = definition.path("shipmentStatusUpdate").asString(null);
        for (ObjectNode shipment : targets) {
            shipment.put("orderStatus", status);
            log(shipment, status, now);
            if (info != null) {
                track(shipment, info);
            }
            if ("Shipped".equals(shipmentStatus)) {
                deliver(order, shipment, now);
            } else if ("Cancelled".equals(shipmentStatus)) {
                cancelRest(order, shipment, now);
            }
            if (shipmentStatus != null
                    && !"Shipped".equals(shipment.path("status").asString())) {
                shipment.put("status", shipmentStatus);
            }
            if (definition.path("isDeliveredStatus").asBoolean()) {
                shipment.put("completed", now);
            }
        }
        if (shipments.isEmpty() || shipmentId == null) {
            if ("Shipped".equals(shipmentStatus)) {
                deliverLines(order, lines(order), now);
            } else if ("Cancelled".equals(shipmentStatus)) {
                cancelLines(order, lines(order), now);
            }
        }
        boolean agree = shipments.stream()
                .allMatch(s -> status.equals(s.path("orderStatus").asString()));
        if (shipmentId == null || agree) {
            setStatus(order, status, definition, now);
        }
        order.put("modified", now);
    }

    void setStatus(ObjectNode order, String status, JsonNode definition, String now) {
        order.put("status", status);
        if (definition.path("isDeliveredStatus").asBoolean()) {
            order.put("completed", now);
        }
        if (definition.path("isCanceledStatus").asBoolean()) {
            cancelLines(order, lines(order), now);
        }
    }

    static List<ObjectNode> shipments(ObjectNode order) {
        List<ObjectNode> shipments = new ArrayList<>();
        order.path("orderForm").path("shipments").values().forEach(s -> shipments.add((ObjectNode) s));
        return shipments;
    }

    static List<ObjectNode> lines(ObjectNode order) {
        List<ObjectNode> lines = new ArrayList<>();
        order.path("orderForm").path("lineItems").values().forEach(l -> lines.add((ObjectNode) l));
        return lines;
    }

    static @Nullable ObjectNode line(ObjectNode order, String lineItemId) {
        for (ObjectNode line : lines(order)) {
            if (lineItemId.equals(line.path("lineItemId").asString())) {
                return line;
            }
        }
        return null;
    }

    /** Units of a form line neither delivered nor cancelled. */
    static BigDecimal outstanding(JsonNode line) {
        return OmniumTotals.decimal(line, "quantity")
                .subtract(OmniumTotals.decimal(line, "deliveredQuantity"))
                .subtract(OmniumTotals.decimal(line, "canceledQuantity"));
    }

    /** Appends to the shipment's status log unless the status is already in it (when the tenant keeps the log). */
    void log(ObjectNode shipment, String status, String now) {
        if (!options.useOrderStatusLog()) {
            return;
        }
        ArrayNode log = shipment.withArray("orderStatusLog");
        for (JsonNode entry : log.values()) {
            if (status.equals(entry.path("status").asString())) {
                return;
            }
        }
        ObjectNode entry = log.addObject();
        entry.put("status", status);
        entry.put("timestamp", now);
        if (log.size() == 1) {
            entry.putNull("durationSincePreviousMs");
        } else {
            Instant previous = OmniumJson.parseTime(
                    log.get(log.size() - 2).path("timestamp").asString());
            entry.put(
                    "durationSincePreviousMs",
                    Duration.between(previous, OmniumJson.parseTime(now)).toMillis());
        }
    }

    /** Copies {@code OmniumUpdateShipmentInfo} fields onto the shipment. */
    static void track(ObjectNode shipment, JsonNode info) {
        copy(info, "trackingNumber", shipment, "shipmentTrackingNumber");
        copy(info, "trackingUrl", shipment, "shipmentTrackingLink");
        copy(info, "labelLink", shipment, "shipmentLabelLink");
        copy(info, "returnTrackingNumber", shipment, "returnTrackingNumber");
        copy(info, "returnTrackingLink", shipment, "returnTrackingLink");
        copy(info, "shipmentMethodName", shipment, "shippingMethodName");
        copy(info, "shippingMethodName", shipment, "shippingMethodName");
        copy(info, "warehouseCode", shipment, "warehouseCode");
        copy(info, "comment", shipment, "comment");
        copy(info, "servicePointId", shipment, "servicePointId");
    }

    private static void copy(JsonNode from, String field, ObjectNode to, String target) {
        String value = OmniumJson.text(from, field);
        if (value != null) {
            to.put(target, value);
        }
    }

    /** Delivers the units of the shipment's lines that are still outstanding on the form. */
    private void deliver(ObjectNode order, ObjectNode shipment, String now) {
        shipment.put("status", "Shipped");
        for (JsonNode shipmentLine : shipment.path("lineItems").values()) {
            ObjectNode line = line(order, shipmentLine.path("lineItemId").asString());
            if (line != null) {
                BigDecimal units =
                        OmniumTotals.decimal(shipmentLine, "quantity").min(outstanding(line));
                deliver(line, units, now);
                ((ObjectNode) shipmentLine).put("deliveredQuantity", OmniumTotals.decimal(shipmentLine, "quantity"));
            }
        }
    }

    private void deliverLines(ObjectNode order, List<ObjectNode> lines, String now) {
        for (ObjectNode line : lines) {
            deliver(line, outstanding(line), now);
        }
    }

    void deliver(ObjectNode line, BigDecimal units, String now) {
        if (units.signum() <= 0) {
            return;
        }
        line.put(
                "deliveredQuantity",
                OmniumTotals.decimal(line, "deliveredQuantity").add(units));
        line.put("deliveredDate", now);
        store.inventory().deduct(line.path("code").asString(), units, now);
    }

    private void cancelRest(ObjectNode order, ObjectNode shipment, String now) {
        List<ObjectNode> lines = new ArrayList<>();
        for (JsonNode shipmentLine : shipment.path("lineItems").values()) {
            ObjectNode line = line(order, shipmentLine.path("lineItemId").asString());
            if (line != null) {
                lines.add(line);
            }
        }
        cancelLines(order, lines, now);
    }

    void cancelLines(ObjectNode order, List<ObjectNode> lines, String now) {
        for (ObjectNode line : lines) {
            cancel(line, outstanding(line), now);
        }
    }

    void cancel(ObjectNode line, BigDecimal units, String now) {
        if (units.signum() <= 0) {
            return;
        }
        line.put(
                "canceledQuantity",
                OmniumTotals.decimal(line, "canceledQuantity").add(units));
        line.put("canceledDate", now);
        store.inventory().release(line.path("code").asString(), units, now);
    }

    /** Reserves stock for every line of a new order. */
    void reserve(ObjectNode order) {
        String now = OmniumJson.time(clock.instant());
        for (ObjectNode line : lines(order)) {
            store.inventory().reserve(line.path("code").asString(), outstanding(line), now);
        }
    }

    /** The standard {@code OmniumOrderWorkflowExecutionResult} of a successful run. */
    static ObjectNode result(ObjectNode order, boolean ranWorkflow) {
        ObjectNode result = OmniumJson.object();
        result.put("isAborted", false);
        result.set("order", order.deepCopy());
        ArrayNode actions = result.putArray("orderActionExecutionResults");
        if (ranWorkflow) {
            ObjectNode action = actions.addObject();
            action.put("actionType", "SetOrderStatus");
            action.put("actionStatus", "Success");
            action.putNull("errorReason");
            action.put("cancelWorkflow", false);
            action.put("isInvisible", false);
            action.put("translateKey", "workflow.setOrderStatus");
        }
        return result;
    }
}
