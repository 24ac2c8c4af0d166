package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Order writes: UpdateStatus, AddComment, PatchOrder (tags, properties) and soft delete (reference §12 r19–r21). */
final class OrderActionsHandler {

    private final OmniumStore store;
    private final Clock clock;

    OrderActionsHandler(OmniumStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    SimResponse updateStatus(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        String status = OmniumJson.text(body, "status");
        ObjectNode order = store.order(params.getFirst());
        if (status == null || status.isBlank()) {
            throw OmniumFailure.badRequest("Status is required");
        }
        if (store.isLocked(order.get("id").asString())) {
            throw new OmniumFailure(409, "Order is locked by another operation");
        }
        if ("Queued".equals(order.path("status").asString())
                || order.path("isReadOnly").asBoolean()) {
            throw OmniumFailure.badRequest("Order is queued or read-only");
        }
        JsonNode definition = OmniumOrderTypes.status(
                        store.orderTypes(), order.path("orderType").asString(), status)
                .orElseThrow(() -> OmniumFailure.badRequest("Status " + status + " is not defined for the order type"));
        applyStatus(order, status, definition);
        return SimResponse.json(200, workflowResult(order));
    }

    private void applyStatus(ObjectNode order, String status, JsonNode definition) {
        String now = OmniumJson.time(clock.instant());
        order.put("status", status);
        order.put("modified", now);
        if (definition.path("isDeliveredStatus").asBoolean()) {
            order.put("completed", now);
        }
        for (JsonNode shipment : order.path("orderForm").path("shipments").values()) {
            ((ObjectNode) shipment).put("orderStatus", status);
        }
        if (definition.path("isCanceledStatus").asBoolean()) {
            for (JsonNode line : order.path("orderForm").path("lineItems").values()) {
                ((ObjectNode) line).put("canceledDate", now);
                ((ObjectNode) line)
                        .put("canceledQuantity", line.path("quantity").asInt());
            }
        }
    }

    private static ObjectNode workflowResult(ObjectNode order) {
        ObjectNode result = OmniumJson.object();
        result.put("isAborted", false);
        result.set("order", order.deepCopy());
        ObjectNode action = result.putArray("orderActionExecutionResults").addObject();
        action.put("actionType", "SetOrderStatus");
        action.put("actionStatus", "Success");
        action.put("cancelWorkflow", false);
        action.put("isInvisible", false);
        return result;
    }

    SimResponse addComment(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        String orderId = OmniumJson.text(body, "orderId");
        if (orderId == null) {
            throw OmniumFailure.badRequest("OrderId is required");
        }
        ObjectNode order = store.order(orderId);
        ObjectNode comment = ((ArrayNode) order.withArray("orderNotes")).addObject();
        comment.put("id", UUID.randomUUID().toString());
        comment.put("created", OmniumJson.time(clock.instant()));
        comment.put("creator", OmniumJson.text(body, "createdBy"));
        comment.put("detail", OmniumJson.text(body, "commentText"));
        comment.put("type", OmniumJson.text(body, "commentType"));
        comment.set("tags", OmniumJson.array());
        OmniumJson.strings(body, "tags")
                .forEach(tag -> comment.withArray("tags").add(tag));
        order.put("modified", OmniumJson.time(clock.instant()));
        return SimResponse.json(200, order.deepCopy());
    }

    SimResponse patch(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        ObjectNode order = store.order(params.getFirst());
        if (store.isLocked(params.getFirst())) {
            throw new OmniumFailure(409, "Order is locked by another operation");
        }
        String before = order.toString();
        mergeTags(order, body);
        String after = order.toString();
        boolean modified = !before.equals(after);
        if (modified) {
            order.put("modified", OmniumJson.time(clock.instant()));
        }
        ObjectNode result = OmniumJson.object();
        result.put("totalCount", 1);
        result.put("updatedCount", modified ? 1 : 0);
        result.put("unchangedCount", modified ? 0 : 1);
        result.put("notFoundCount", 0);
        result.put("errorCount", 0);
        result.put("isModified", modified);
        return SimResponse.json(200, result);
    }

    private static void mergeTags(ObjectNode order, JsonNode body) {
        JsonNode tags = OmniumJson.field(body, "tags");
        if (tags == null) {
            return;
        }
        JsonNode keep = OmniumJson.field(body, "keepExistingListItems");
        ArrayNode target = order.withArray("tags");
        if (keep != null && !keep.asBoolean()) {
            target.removeAll();
        }
        List<String> existing = OmniumJson.strings(target);
        OmniumJson.strings(tags).stream().filter(tag -> !existing.contains(tag)).forEach(target::add);
    }

    SimResponse delete(SimRequest request, List<String> params) {
        ObjectNode order = store.order(params.getFirst());
        order.put("status", "Deleted");
        order.put("modified", OmniumJson.time(clock.instant()));
        return SimResponse.text(200, "text/plain; charset=utf-8", "");
    }
}
