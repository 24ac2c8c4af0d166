package io.omnicart.gateway.api.inventory;

import io.omnicart.core.model.InventoryResult;
import java.util.List;

/** One result per item of the sync, in request order: {@code {"results": [...]}}. */
public record InventorySyncResponse(List<InventoryResult> results) {

    public InventorySyncResponse {
        results = List.copyOf(results);
    }
}
