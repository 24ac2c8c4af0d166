package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The default order-type configuration ({@code GET /api/Settings/OrderTypes}) and lookups in it. */
final class OmniumOrderTypes {

    static final String ONLINE = "Online";
    static final String COMPLETED = "Completed";
    static final String CANCELED = "OrderCanceled";

    private static final String[] FLOW = {"New", "InProgress", "PackedAndReady", "Ship", COMPLETED, CANCELED, "Deleted"
    };

    private OmniumOrderTypes() {}

    static ArrayNode defaults() {
        ArrayNode types = OmniumJson.array();
        types.add(type(ONLINE, true));
        types.add(type("ClickAndCollect", false));
        return types;
    }

    private static ObjectNode type(String name, boolean isDefault) {
        ObjectNode type = OmniumJson.object();
        type.put("name", name);
        type.put("enableCreateFromCart", true);
        type.put("enableEdit", true);
        type.put("disableWorkflow", false);
        type.put("defaultOrderType", isDefault);
        type.put("deriveOrderStatusFromShipments", false);
        ArrayNode statuses = type.putArray("orderStatuses");
        for (int index = 0; index < FLOW.length; index++) {
            statuses.add(status(FLOW[index], index));
        }
        return type;
    }

    private static ObjectNode status(String name, int order) {
        ObjectNode status = OmniumJson.object();
        status.put("name", name);
        status.put("displayName", name);
        status.put("order", order);
        status.put("isCanceledStatus", name.equals(CANCELED));
        status.put("isDeliveredStatus", name.equals(COMPLETED));
        status.put("isInProgressStatus", name.equals("InProgress") || name.equals("PackedAndReady"));
        status.put("isMainFilter", true);
        status.putArray("availableSteps");
        return status;
    }

    /** The status definition {@code status} of order type {@code type}, if the type defines it. */
    static Optional<JsonNode> status(ArrayNode types, String type, String status) {
        for (JsonNode candidate : types.values()) {
            if (candidate.get("name").asString().equalsIgnoreCase(type)) {
                for (JsonNode defined : candidate.get("orderStatuses").values()) {
                    if (defined.get("name").asString().equals(status)) {
                        return Optional.of(defined);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
