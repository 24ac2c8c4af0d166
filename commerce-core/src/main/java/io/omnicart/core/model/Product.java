package io.omnicart.core.model;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

public record Product(
        String id,
        String title,
        @Nullable String handle,
        ProductStatus status,
        @Nullable String description,
        @Nullable String thumbnail,
        @Nullable CollectionRef collection,
        List<ProductOption> options,
        List<ProductVariant> variants,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public Product {
        options = List.copyOf(options);
        variants = List.copyOf(variants);
    }
}
