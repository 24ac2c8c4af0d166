package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The default order-type configuration ({@code GET /api/Settings/OrderTypes}, reference §5.3) and lookups in it. Two
 * types: {@code Online} ({@code New → InProgress → PackedAndReady → Ship → Completed}) and {@code ClickAndCollect}
 * ({@code New → InProgress → ReadyForPickup → PickedUp → Completed}). Each status carries the flags adapters should
 * rely on ({@code isCanceledStatus}, {@code isDeliveredStatus}, {@code isInProgressStatus}), the shipment status it
 * sets ({@code shipmentStatusUpdate}) and the statuses it may move to ({@code availableSteps}, enforced when the
 * option {@link OmniumOptions#enforceAvailableSteps()} is on).
 */
final class OmniumOrderTypes {

    static final String ONLINE = "Online";
    static final String CLICK_AND_COLLECT = "ClickAndCollect";
    static final String NEW = "New";
    static final String COMPLETED = "Completed";
    static final String CANCELED = "OrderCanceled";
    static final String SHIP = "Ship";
    static final String PARTIALLY_SHIPPED = "PartiallyShipped";
    static final String PACKED = "PackedAndReady";
    static final String IN_PROGRESS = "InProgress";
    static final String DELETED = "Deleted";

    private static final String SHIPPED = "Shipped";

    private OmniumOrderTypes() {}

    static ArrayNode defaults() {
        ArrayNode types = OmniumJson.array();
        ObjectNode online = type(ONLINE, true);
        ArrayNode statuses = online.putArray("orderStatuses");
        statuses.add(status(
                NEW, Flags.NONE, null, IN_PROGRESS, PACKED, SHIP, PARTIALLY_SHIPPED, COMPLETED, CANCELED, "OnHold"));
        statuses.add(status("OnHold", Flags.NONE, "OnHold", NEW, IN_PROGRESS, CANCELED));
        statuses.add(status(
                IN_PROGRESS, Flags.IN_PROGRESS, null, PACKED, SHIP, PARTIALLY_SHIPPED, COMPLETED, CANCELED, "OnHold"));
        statuses.add(status(PACKED, Flags.PICKED, "Released", SHIP, PARTIALLY_SHIPPED, COMPLETED, CANCELED));
        statuses.add(status(PARTIALLY_SHIPPED, Flags.IN_PROGRESS, null, SHIP, COMPLETED));
        statuses.add(status(SHIP, Flags.NONE, SHIPPED, COMPLETED, "Returned", "PartiallyReturned"));
        statuses.add(status(COMPLETED, Flags.DELIVERED, SHIPPED, "Returned", "PartiallyReturned"));
        statuses.add(status(CANCELED, Flags.CANCELED, "Cancelled"));
        statuses.add(status("PartiallyReturned", Flags.NONE, null, "Returned"));
        statuses.add(status("Returned", Flags.NONE, null));
        statuses.add(status(DELETED, Flags.CANCELED, "Cancelled"));
        types.add(online);

        ObjectNode collect = type(CLICK_AND_COLLECT, false);
        ArrayNode collectStatuses = collect.putArray("orderStatuses");
        collectStatuses.add(status(NEW, Flags.NONE, null, IN_PROGRESS, "ReadyForPickup", CANCELED));
        collectStatuses.add(status(IN_PROGRESS, Flags.IN_PROGRESS, null, "ReadyForPickup", CANCELED));
        collectStatuses.add(status("ReadyForPickup", Flags.PICKED, "Released", "PickedUp", "NotCollected", CANCELED));
        collectStatuses.add(status("PickedUp", Flags.NONE, SHIPPED, COMPLETED));
        collectStatuses.add(status(COMPLETED, Flags.DELIVERED, SHIPPED, "Returned"));
        collectStatuses.add(status("NotCollected", Flags.CANCELED, "Cancelled"));
        collectStatuses.add(status(CANCELED, Flags.CANCELED, "Cancelled"));
        collectStatuses.add(status("Returned", Flags.NONE, null));
        collectStatuses.add(status(DELETED, Flags.CANCELED, "Cancelled"));
        types.add(collect);
        return types;
    }

    private enum Flags {
        NONE,
        IN_PROGRESS,
        PICKED,
        DELIVERED,
        CANCELED
    }

    private static ObjectNode type(String name, boolean isDefault) {
        ObjectNode type = OmniumJson.object();
        type.put("name", name);
        type.put("enableCreateFromCart", true);
        type.put("enableEdit", true);
        type.put("disableWorkflow", false);
        type.put("defaultOrderType", isDefault);
        type.put("deriveOrderStatusFromShipments", false);
        type.putNull("defaultExternalIdProvider");
        return type;
    }

    private static ObjectNode status(String name, Flags flags, @Nullable String shipmentStatus, String... steps) {
        ObjectNode status = OmniumJson.object();
        status.put("name", name);
        status.put("displayName", name);
        status.put("translateKey", "orderStatus." + name);
        status.put("isCanceledStatus", flags == Flags.CANCELED);
        status.put("isDeliveredStatus", flags == Flags.DELIVERED);
        status.put("isInProgressStatus", flags == Flags.IN_PROGRESS || flags == Flags.PICKED);
        status.put("isPicked", flags == Flags.PICKED);
        status.put("isMainFilter", true);
        status.putNull("mainOrderStatus");
        status.put("shipmentStatusUpdate", shipmentStatus);
        ArrayNode available = status.putArray("availableSteps");
        List.of(steps).forEach(available::add);
        status.put("enforceAvailableStepsPolicy", true);
        status.put("updateStatusButtonIsDisabledInGui", false);
        status.putArray("workflowSteps").add("SetOrderStatus");
        status.putArray("properties");
        return status;
    }

    /** The order types as served, the availableSteps policy set by the option. */
    static ArrayNode served(ArrayNode types, boolean enforce) {
        ArrayNode copy = types.deepCopy();
        for (JsonNode type : copy.values()) {
            for (JsonNode status : type.path("orderStatuses").values()) {
                ((ObjectNode) status).put("enforceAvailableStepsPolicy", enforce);
            }
        }
        return copy;
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

    /** Whether order type {@code type} exists. */
    static boolean exists(ArrayNode types, String type) {
        for (JsonNode candidate : types.values()) {
            if (candidate.get("name").asString().equalsIgnoreCase(type)) {
                return true;
            }
        }
        return false;
    }

    /** The first status of {@code type} flagged with {@code flag} (e.g. {@code isDeliveredStatus}). */
    static Optional<String> flagged(ArrayNode types, String type, String flag) {
        for (JsonNode candidate : types.values()) {
            if (candidate.get("name").asString().equalsIgnoreCase(type)) {
                for (JsonNode defined : candidate.get("orderStatuses").values()) {
                    if (defined.path(flag).asBoolean()) {
                        return Optional.of(defined.get("name").asString());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
