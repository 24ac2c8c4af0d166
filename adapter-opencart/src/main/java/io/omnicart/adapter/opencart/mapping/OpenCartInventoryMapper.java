package io.omnicart.adapter.opencart.mapping;

import io.omnicart.adapter.opencart.client.OpenCartStockOutcome;
import io.omnicart.adapter.opencart.model.OpenCartItemError;
import io.omnicart.adapter.opencart.model.OpenCartStockChange;
import io.omnicart.adapter.opencart.model.OpenCartStockItem;
import io.omnicart.adapter.opencart.model.OpenCartStockResult;
import io.omnicart.core.model.InventoryItem;
import io.omnicart.core.model.InventoryLevel;
import io.omnicart.core.model.InventoryResult;
import io.omnicart.core.model.InventoryResultStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Inventory items to and from the bridge's {@code inventory.set}: indexes in a request are positions in the batch,
 * mapped back to positions in the OmniCart command; per-item refusals become {@code not_found}, {@code ambiguous} or
 * {@code failed} results (bridge PROTOCOL.md §4.9).
 */
public final class OpenCartInventoryMapper {

    private OpenCartInventoryMapper() {}

    /** A result for an item that cannot be sent at all, or null when it can. */
    public static @Nullable InventoryResult precheck(InventoryItem item) {
        if (item.quantity() < 0) {
            return result(item, InventoryResultStatus.FAILED, null, "quantity must not be negative");
        }
        if (item.locationId() != null && !item.locationId().isBlank()) {
            return result(item, InventoryResultStatus.FAILED, null, "OpenCart keeps stock at a single location");
        }
        if (item.sku().isBlank() || item.sku().length() > 64) {
            return result(item, InventoryResultStatus.FAILED, null, "an OpenCart SKU has 1 to 64 characters");
        }
        return null;
    }

    public static OpenCartStockItem wire(InventoryItem item) {
        return new OpenCartStockItem(item.sku(), item.quantity());
    }

    public static Map<Integer, InventoryResult> applied(
            List<InventoryItem> items, List<Integer> batch, OpenCartStockResult result) {
        Map<Integer, InventoryResult> results = new HashMap<>();
        for (OpenCartStockChange change : list(result.items())) {
            if (change.index() >= 0 && change.index() < batch.size()) {
                int position = batch.get(change.index());
                results.put(position, changed(items.get(position), change));
            }
        }
        return results;
    }

    public static Map<Integer, InventoryResult> refused(
            List<InventoryItem> items, List<Integer> batch, List<OpenCartItemError> errors) {
        Map<Integer, InventoryResult> results = new HashMap<>();
        for (OpenCartItemError error : errors) {
            if (error.index() >= 0 && error.index() < batch.size()) {
                int position = batch.get(error.index());
                results.put(position, refusal(items.get(position), error));
            }
        }
        return results;
    }

    /** The outcome of the second call, which should apply; a second refusal fails the rest. */
    public static Map<Integer, InventoryResult> secondTry(
            List<InventoryItem> items, List<Integer> rest, OpenCartStockOutcome outcome) {
        if (outcome instanceof OpenCartStockOutcome.Applied applied) {
            return applied(items, rest, applied.result());
        }
        Map<Integer, InventoryResult> results = refused(items, rest, ((OpenCartStockOutcome.Refused) outcome).errors());
        for (int position : rest) {
            results.putIfAbsent(
                    position,
                    result(items.get(position), InventoryResultStatus.FAILED, null, "the store refused the batch"));
        }
        return results;
    }

    public static List<InventoryResult> inOrder(List<InventoryItem> items, Map<Integer, InventoryResult> results) {
        List<InventoryResult> ordered = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            InventoryResult result = results.get(i);
            ordered.add(
                    result != null
                            ? result
                            : result(
                                    items.get(i),
                                    InventoryResultStatus.FAILED,
                                    null,
                                    "the store did not report this item"));
        }
        return ordered;
    }

    public static List<OpenCartStockChange> items(OpenCartStockOutcome.Applied applied) {
        return list(applied.result().items());
    }

    public static Set<Integer> indexes(List<OpenCartItemError> errors) {
        return errors.stream().map(OpenCartItemError::index).collect(Collectors.toSet());
    }

    public static InventoryLevel level(OpenCartStockChange change) {
        String product = change.productId() == null ? null : Long.toString(change.productId());
        String variant = change.productOptionValueId() == null || product == null
                ? product
                : product + ":" + change.productOptionValueId();
        return new InventoryLevel(
                Objects.requireNonNull(change.sku(), "sku"), change.previousQuantity(), null, product, variant);
    }

    private static InventoryResult changed(InventoryItem item, OpenCartStockChange change) {
        boolean same = Objects.equals(change.previousQuantity(), change.quantity());
        InventoryResultStatus status = same ? InventoryResultStatus.UNCHANGED : InventoryResultStatus.UPDATED;
        return result(item, status, change.quantity(), null);
    }

    private static InventoryResult refusal(InventoryItem item, OpenCartItemError error) {
        String code = error.code() == null ? "" : error.code();
        InventoryResultStatus status = switch (code) {
            case "sku_not_found", "option_value_not_found" -> InventoryResultStatus.NOT_FOUND;
            case "sku_ambiguous" -> InventoryResultStatus.AMBIGUOUS;
            default -> InventoryResultStatus.FAILED;
        };
        return result(item, status, null, error.message() == null ? code : error.message());
    }

    private static InventoryResult result(
            InventoryItem item, InventoryResultStatus status, @Nullable Integer quantity, @Nullable String detail) {
        return new InventoryResult(item.sku(), status, quantity, detail);
    }

    private static <T> List<T> list(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }
}
