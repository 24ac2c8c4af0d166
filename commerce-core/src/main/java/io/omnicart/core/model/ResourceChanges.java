package io.omnicart.core.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link ResourceChange}s from normalized resources the same way for every platform, so an event's {@code
 * changes} speak OmniCart's vocabulary (normalized statuses, totals as {@code "94.43 EUR"}), whatever the store.
 */
public final class ResourceChanges {

    private ResourceChanges() {}

    /** An order as a delta query found it; its version is its modification time. */
    public static ResourceChange order(OrderSummary order) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("status", order.status().wire());
        facts.put("paymentStatus", order.paymentStatus().wire());
        facts.put("fulfillmentStatus", order.fulfillmentStatus().wire());
        facts.put("items", Integer.toString(order.itemCount()));
        facts.put("totals", money(order.totals().total()));
        return change(ChangeResource.ORDER, order.id(), order.updatedAt(), order.createdAt(), order, facts);
    }

    public static ResourceChange product(Product product) {
        return change(
                ChangeResource.PRODUCT,
                product.id(),
                product.updatedAt(),
                product.createdAt(),
                product,
                Map.of("status", product.status().wire()));
    }

    /** A customer; the normalized customer has no modification time, so the store's is given. */
    public static ResourceChange customer(Customer customer, OffsetDateTime modifiedAt) {
        return change(ChangeResource.CUSTOMER, customer.id(), modifiedAt, customer.createdAt(), customer, Map.of());
    }

    public static ResourceChange draftOrder(DraftOrder draft) {
        Map<String, String> facts = Map.of(
                "items",
                Integer.toString(draft.lineItems().size()),
                "totals",
                money(draft.totals().total()));
        return change(ChangeResource.DRAFT_ORDER, draft.id(), draft.updatedAt(), draft.createdAt(), draft, facts);
    }

    /** A stock level; its id is the SKU, suffixed with {@code @location} when the store names a location. */
    public static ResourceChange inventory(InventoryLevel level, OffsetDateTime modifiedAt) {
        String id = level.locationId() == null ? level.sku() : level.sku() + "@" + level.locationId();
        Map<String, String> facts =
                level.quantity() == null ? Map.of() : Map.of("quantity", Integer.toString(level.quantity()));
        return change(ChangeResource.INVENTORY, id, modifiedAt, null, level, facts);
    }

    private static ResourceChange change(
            ChangeResource resource,
            String id,
            OffsetDateTime modifiedAt,
            @Nullable OffsetDateTime createdAt,
            Object summary,
            Map<String, String> facts) {
        Instant modified = modifiedAt.toInstant();
        return new ResourceChange(
                resource,
                id,
                modified,
                createdAt == null ? null : createdAt.toInstant(),
                modified.toString(),
                summary,
                facts);
    }

    private static String money(Money money) {
        return money.amount().toPlainString() + " " + money.currency().getCurrencyCode();
    }
}
