package io.omnicart.core.model;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A product search: {@code q} matches title, handle or SKU case-insensitively; empty {@code statuses} means all. */
public record ProductQuery(
        @Nullable String q,
        Set<ProductStatus> statuses,
        @Nullable String collectionId,
        PageRequest page) {

    public ProductQuery {
        statuses = Set.copyOf(statuses);
    }
}
