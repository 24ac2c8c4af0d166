package io.omnicart.gateway.events;

import io.omnicart.core.model.ChangeResource;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What happened to a resource; the wire spelling is the SSE {@code event:} name and the webhook's {@code type}. */
public enum EventType {
    ORDER_CREATED("order.created", ChangeResource.ORDER),
    ORDER_UPDATED("order.updated", ChangeResource.ORDER),
    PRODUCT_CREATED("product.created", ChangeResource.PRODUCT),
    PRODUCT_UPDATED("product.updated", ChangeResource.PRODUCT),
    INVENTORY_CHANGED("inventory.changed", ChangeResource.INVENTORY),
    CUSTOMER_CREATED("customer.created", ChangeResource.CUSTOMER),
    CUSTOMER_UPDATED("customer.updated", ChangeResource.CUSTOMER),
    DRAFT_ORDER_CREATED("draft_order.created", ChangeResource.DRAFT_ORDER),
    DRAFT_ORDER_CONVERTED("draft_order.converted", ChangeResource.DRAFT_ORDER);

    private final String wire;
    private final ChangeResource resource;

    EventType(String wire, ChangeResource resource) {
        this.wire = wire;
        this.resource = resource;
    }

    public String wire() {
        return wire;
    }

    public ChangeResource resource() {
        return resource;
    }

    /** The type spelled {@code wire}, or null. */
    public static @Nullable EventType fromWire(String wire) {
        for (EventType type : values()) {
            if (type.wire.equals(wire)) {
                return type;
            }
        }
        return null;
    }

    public static List<String> wires() {
        return Arrays.stream(values()).map(EventType::wire).toList();
    }

    static EventType created(ChangeResource resource) {
        return switch (resource) {
            case ORDER -> ORDER_CREATED;
            case PRODUCT -> PRODUCT_CREATED;
            case CUSTOMER -> CUSTOMER_CREATED;
            case DRAFT_ORDER -> DRAFT_ORDER_CREATED;
            case INVENTORY -> INVENTORY_CHANGED;
        };
    }

    static EventType updated(ChangeResource resource) {
        return switch (resource) {
            case ORDER -> ORDER_UPDATED;
            case PRODUCT -> PRODUCT_UPDATED;
            case CUSTOMER -> CUSTOMER_UPDATED;
            case DRAFT_ORDER -> DRAFT_ORDER_CREATED;
            case INVENTORY -> INVENTORY_CHANGED;
        };
    }
}
