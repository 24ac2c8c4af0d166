package io.omnicart.adapter.opencart.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The body of {@code inventory.set}: items, which product column a SKU matches, and whether to only validate. */
public record OpenCartStockRequest(
        List<OpenCartStockItem> items,
        String match,
        @JsonProperty("dry_run") boolean dryRun) {

    public OpenCartStockRequest {
        items = List.copyOf(items);
    }
}
