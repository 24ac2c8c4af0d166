package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Order writes (reference §5.2, §12 r19–r21, r23): UpdateStatus (workflow, shipment info), OrderLinesUpdate (partial
 * delivery into new shipments), PatchOrder and PatchUpdateOrderLines (no workflow), AddComment, line cancel,
 * AddPayments and delete (soft by default). Every write answers 409 while the order is locked or has a pending
 * conflict.
 */
final class OrderActionsHandler {

    private static final Set<String> IMMUTABLE = Set.of("id", "orderNumber", "created", "modified", "orderForm");

    private final OmniumStore store;
    private final OmniumOptions options;
    private final OmniumCaller caller;
    private final OmniumWorkflow workflow;
    private final Clock clock;

    OrderActionsHandler(
            OmniumStore store, OmniumOptions options, OmniumCaller caller, OmniumWorkflow workflow, Clock clock) {
        this.store = store;
        this.options = options;
        this.caller = caller;
        this.workflow = workflow;
        this.clock = clock;
    }

    private ObjectNode order(String id) {
        return caller.check(store.order(id));
    }

    SimResponse updateStatus(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        String status = OmniumJson.text(body, "status");
        ObjectNode order = order(params.getFirst());
        if (status == null || status.isBlank()) {
            throw OmniumFailure.badRequest("Status is required");
        }
        workflow.checkEditable(order);
        JsonNode definition = workflow.checkMove(order, status);
        JsonNode info = OmniumJson.field(body, "shipmentInfo");
        if (OmniumJson.flag(body, "skipRunWorkflow")) {
            order.put("status", status);
            order.put("modified", OmniumJson.time(clock.instant()));
            return SimResponse.json(200, OmniumWorkflow.result(order, false));
        }
        String shipmentId = info == null ? null : OmniumJson.text(info, "shipmentId");
        workflow.enter(order, status, definition, shipmentId, info);
        OmniumTotals.apply(order);
        return SimResponse.json(200, OmniumWorkflow.result(order, true));
    }

    /**
     * {@code POST /api/Orders/{id}/OrderLinesUpdate}: delivers and cancels line quantities; delivered units move into
     * the shipment of {@code shipmentInfo.shipmentId} (created when unknown or absent) with its tracking; the order goes
     * {@code PartiallyShipped} until every unit is delivered or cancelled, then to {@code status} (default the type's
     * delivered status).
     */
    SimResponse orderLinesUpdate(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        ObjectNode order = order(params.getFirst());
        JsonNode updates = OmniumJson.field(body, "lineItemUpdates");
        if (updates == null || !updates.isArray() || updates.isEmpty()) {
            throw OmniumFailure.badRequest("LineItemUpdates is required");
        }
        workflow.checkEditable(order);
        String requested = OmniumJson.text(body, "status");
        JsonNode info = OmniumJson.field(body, "shipmentInfo");
        String now = OmniumJson.time(clock.instant());
        for (JsonNode update : updates.values()) {
            String lineId = OmniumJson.text(update, "lineItemId");
            ObjectNode line = lineId == null ? null : OmniumWorkflow.line(order, lineId);
            if (line == null) {
                throw OmniumFailure.badRequest("Order line " + lineId + " not found");
            }
            BigDecimal delivered = quantity(update, "deliveredQuantity");
            BigDecimal canceled = quantity(update, "canceledQuantity");
            if (delivered.add(canceled).compareTo(OmniumWorkflow.outstanding(line)) > 0) {
                throw OmniumFailure.badRequest("Order line " + lineId + " has fewer outstanding units");
            }
        }
        String type = order.path("orderType").asString(OmniumOrderTypes.ONLINE);
        String shippedStatus = requested != null ? requested : OmniumOrderTypes.SHIP;
        ObjectNode target = null;
        for (JsonNode update : updates.values()) {
            ObjectNode line = OmniumWorkflow.line(order, OmniumJson.text(update, "lineItemId"));
            BigDecimal delivered = quantity(update, "deliveredQuantity");
            BigDecimal canceled = quantity(update, "canceledQuantity");
            if (delivered.signum() > 0) {
                if (target == null) {
                    target = targetShipment(order, info, shippedStatus, now);
                }
                moveUnits(order, line, delivered, target);
                workflow.deliver(line, delivered, now);
            }
            if (canceled.signum() > 0) {
                takeFromOpenShipments(order, line.get("lineItemId").asString(), canceled, null);
                workflow.cancel(line, canceled, now);
            }
        }
        dropEmptyShipments(order);
        boolean done = OmniumWorkflow.lines(order).stream()
                .allMatch(line -> OmniumWorkflow.outstanding(line).signum() <= 0);
        String status = done
                ? (requested != null
                        ? requested
                        : OmniumOrderTypes.flagged(store.orderTypes(), type, "isDeliveredStatus")
                                .orElse(OmniumOrderTypes.COMPLETED))
                : OmniumOrderTypes.PARTIALLY_SHIPPED;
        JsonNode definition = workflow.checkMove(order, status);
        workflow.setStatus(order, status, definition, now);
        order.put("modified", now);
        OmniumTotals.apply(order);
        return SimResponse.json(200, OmniumWorkflow.result(order, true));
    }

    private ObjectNode targetShipment(ObjectNode order, JsonNode info, String status, String now) {
        String shipmentId = info == null ? null : OmniumJson.text(info, "shipmentId");
        ArrayNode shipments = ((ObjectNode) order.get("orderForm")).withArray("shipments");
        if (shipmentId != null) {
            for (JsonNode shipment : shipments.values()) {
                if (shipmentId.equals(shipment.path("shipmentId").asString())) {
                    ObjectNode existing = (ObjectNode) shipment;
                    prepare(existing, info, status, now);
                    return existing;
                }
            }
        }
        ObjectNode shipment = shipments.addObject();
        shipment.put(
                "shipmentId", shipmentId != null ? shipmentId : order.get("id").asString() + "-" + shipments.size());
        shipment.put("warehouseCode", OmniumSeeder.STORE_ID);
        shipment.put("shippingMethodName", "Standard");
        JsonNode address = shipments.size() > 1 ? shipments.get(0).get("address") : null;
        if (address != null) {
            shipment.set("address", address.deepCopy());
        }
        shipment.putNull("shipmentTrackingNumber");
        shipment.putNull("shipmentTrackingLink");
        shipment.put("expectedDeliveryDate", "0001-01-01T00:00:00");
        shipment.put("shippingSubTotal", BigDecimal.ZERO);
        shipment.putArray("lineItems");
        prepare(shipment, info, status, now);
        return shipment;
    }

    private void prepare(ObjectNode shipment, JsonNode info, String status, String now) {
        shipment.put("status", "Shipped");
        shipment.put("orderStatus", status);
        workflow.log(shipment, status, now);
        if (info != null) {
            OmniumWorkflow.track(shipment, info);
        }
    }

    /** Moves {@code units} of the line from open shipments into {@code target}. */
    private static void moveUnits(ObjectNode order, ObjectNode line, BigDecimal units, ObjectNode target) {
        String lineId = line.get("lineItemId").asString();
        takeFromOpenShipments(order, lineId, units, target);
        ArrayNode targetLines = target.withArray("lineItems");
        for (JsonNode existing : targetLines.values()) {
            if (lineId.equals(existing.path("lineItemId").asString())) {
                ObjectNode node = (ObjectNode) existing;
                node.put("quantity", OmniumTotals.decimal(node, "quantity").add(units));
                node.put("deliveredQuantity", OmniumTotals.decimal(node, "quantity"));
                return;
            }
        }
        ObjectNode copy = line.deepCopy();
        copy.put("quantity", units);
        copy.put("deliveredQuantity", units);
        copy.put("canceledQuantity", 0);
        targetLines.add(copy);
    }

    private static void takeFromOpenShipments(
            ObjectNode order, String lineId, BigDecimal units, @org.jspecify.annotations.Nullable ObjectNode except) {
        BigDecimal left = units;
        for (ObjectNode shipment : OmniumWorkflow.shipments(order)) {
            if (shipment == except || "Shipped".equals(shipment.path("status").asString()) || left.signum() <= 0) {
                continue;
            }
            ArrayNode lines = shipment.withArray("lineItems");
            for (int index = lines.size() - 1; index >= 0; index--) {
                ObjectNode candidate = (ObjectNode) lines.get(index);
                if (!lineId.equals(candidate.path("lineItemId").asString())) {
                    continue;
                }
                BigDecimal quantity = OmniumTotals.decimal(candidate, "quantity");
                BigDecimal taken = quantity.min(left);
                left = left.subtract(taken);
                if (quantity.compareTo(taken) == 0) {
                    lines.remove(index);
                } else {
                    candidate.put("quantity", quantity.subtract(taken));
                }
            }
        }
    }

    private static void dropEmptyShipments(ObjectNode order) {
        ArrayNode shipments = ((ObjectNode) order.get("orderForm")).withArray("shipments");
        for (int index = shipments.size() - 1; index >= 0; index--) {
            JsonNode shipment = shipments.get(index);
            if (shipment.path("lineItems").isEmpty()
                    && !"Shipped".equals(shipment.path("status").asString())) {
                BigDecimal shipping = OmniumTotals.decimal(shipment, "shippingSubTotal");
                shipments.remove(index);
                if (shipping.signum() > 0 && !shipments.isEmpty()) {
                    ObjectNode first = (ObjectNode) shipments.get(0);
                    first.put(
                            "shippingSubTotal",
                            OmniumTotals.decimal(first, "shippingSubTotal").add(shipping));
                }
            }
        }
    }

    private static BigDecimal quantity(JsonNode update, String field) {
        JsonNode value = OmniumJson.field(update, field);
        BigDecimal quantity = value == null ? BigDecimal.ZERO : value.decimalValue();
        if (quantity.signum() < 0) {
            throw OmniumFailure.badRequest(field + " must not be negative");
        }
        return quantity;
    }

    SimResponse addComment(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        String orderId = OmniumJson.text(body, "orderId");
        if (orderId == null) {
            throw OmniumFailure.badRequest("OrderId is required");
        }
        ObjectNode order = order(orderId);
        store.checkWritable(orderId);
        String now = OmniumJson.time(clock.instant());
        ObjectNode comment = order.withArray("orderNotes").addObject();
        comment.put("id", UUID.randomUUID().toString());
        comment.put("created", now);
        comment.put("creator", OmniumJson.text(body, "createdBy"));
        comment.put("title", OmniumJson.text(body, "title"));
        comment.put("detail", OmniumJson.text(body, "commentText"));
        comment.put("type", OmniumJson.text(body, "commentType"));
        ArrayNode tags = comment.putArray("tags");
        OmniumJson.strings(body, "tags").forEach(tags::add);
        order.put("modified", now);
        return SimResponse.json(200, order.deepCopy());
    }

    /** {@code PATCH /api/Orders/{id}/PatchOrder}: patch semantics, never a workflow (even when {@code status} is set). */
    SimResponse patch(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        if (!store.hasOrder(params.getFirst())
                && options.patchUnknownOrder() == OmniumOptions.PatchUnknownOrder.NOT_FOUND_COUNT) {
            return SimResponse.json(200, counters(false, true));
        }
        ObjectNode order = order(params.getFirst());
        store.checkWritable(params.getFirst());
        String before = order.toString();
        OmniumPatch.apply(order, body, IMMUTABLE);
        boolean modified = !before.equals(order.toString());
        if (modified) {
            order.put("modified", OmniumJson.time(clock.instant()));
        }
        return SimResponse.json(200, counters(modified, false));
    }

    /** {@code PATCH /api/Orders/{id}/PatchUpdateOrderLines}: patch the listed lines by {@code lineItemId}. */
    SimResponse patchLines(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        ObjectNode order = order(params.getFirst());
        store.checkWritable(params.getFirst());
        if (!body.isArray()) {
            throw OmniumFailure.badRequest("A list of order line patches is required");
        }
        int updated = 0;
        int unchanged = 0;
        int notFound = 0;
        for (JsonNode patch : body.values()) {
            String lineId = OmniumJson.text(patch, "lineItemId");
            ObjectNode line = lineId == null ? null : OmniumWorkflow.line(order, lineId);
            if (line == null) {
                notFound++;
                continue;
            }
            String before = line.toString();
            OmniumPatch.apply(line, patch, Set.of("lineItemId", "code", "quantity"));
            if (before.equals(line.toString())) {
                unchanged++;
            } else {
                updated++;
            }
        }
        if (updated > 0) {
            order.put("modified", OmniumJson.time(clock.instant()));
        }
        ObjectNode result = OmniumJson.object();
        result.put("totalCount", body.size());
        result.put("updatedCount", updated);
        result.put("unchangedCount", unchanged);
        result.put("notFoundCount", notFound);
        result.put("errorCount", 0);
        result.put("isModified", updated > 0);
        result.putNull("errorMessage");
        return SimResponse.json(200, result);
    }

    private static ObjectNode counters(boolean modified, boolean notFound) {
        ObjectNode result = OmniumJson.object();
        result.put("totalCount", 1);
        result.put("updatedCount", modified ? 1 : 0);
        result.put("unchangedCount", modified || notFound ? 0 : 1);
        result.put("notFoundCount", notFound ? 1 : 0);
        result.put("errorCount", 0);
        result.put("isModified", modified);
        result.putNull("errorMessage");
        return result;
    }

    /** {@code POST /api/Orders/{id}/OrderLines/{lineItemId}/Cancel}: cancels the line's outstanding units. */
    SimResponse cancelLine(SimRequest request, List<String> params) {
        ObjectNode order = order(params.get(0));
        workflow.checkEditable(order);
        ObjectNode line = OmniumWorkflow.line(order, params.get(1));
        if (line == null) {
            throw OmniumFailure.notFound("Order line not found");
        }
        String now = OmniumJson.time(clock.instant());
        BigDecimal outstanding = OmniumWorkflow.outstanding(line);
        takeFromOpenShipments(order, params.get(1), outstanding, null);
        workflow.cancel(line, outstanding, now);
        dropEmptyShipments(order);
        order.put("modified", now);
        OmniumTotals.apply(order);
        return SimResponse.json(200, order.deepCopy());
    }

    /** {@code POST /api/Orders/{id}/AddPayments}: appends payments; the payment totals follow. */
    SimResponse addPayments(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        ObjectNode order = order(params.getFirst());
        store.checkWritable(params.getFirst());
        if (!body.isArray()) {
            throw OmniumFailure.badRequest("A list of payments is required");
        }
        String now = OmniumJson.time(clock.instant());
        ArrayNode payments = ((ObjectNode) order.get("orderForm")).withArray("payments");
        for (JsonNode payment : body.values()) {
            ObjectNode copy = OmniumPatch.normalize(payment);
            if (!copy.hasNonNull("id")) {
                copy.put("id", UUID.randomUUID().toString());
            }
            if (!copy.hasNonNull("created")) {
                copy.put("created", now);
            }
            if (!copy.hasNonNull("status")) {
                copy.put("status", "Processed");
            }
            payments.add(copy);
        }
        order.put("modified", now);
        OmniumTotals.apply(order);
        return SimResponse.json(200, order.deepCopy());
    }

    /** {@code DELETE /api/Orders/{id}[?deletePermanently=true]}: soft delete sets {@code Deleted}. */
    SimResponse delete(SimRequest request, List<String> params) {
        ObjectNode order = order(params.getFirst());
        store.checkWritable(params.getFirst());
        if ("true".equalsIgnoreCase(request.query().single("deletePermanently"))) {
            store.removeOrder(params.getFirst());
        } else {
            String now = OmniumJson.time(clock.instant());
            order.put("status", OmniumOrderTypes.DELETED);
            order.put("modified", now);
        }
        return SimResponse.text(200, "text/plain; charset=utf-8", "");
    }
}
