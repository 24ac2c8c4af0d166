package io.omnicart.testkit.simulator.seed;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A product with its options and variants.
 *
 * @param collectionHandle the collection it belongs to, or null
 * @param images image URLs; the first is the thumbnail when {@code thumbnail} is null
 */
public record SeedProduct(
        String handle,
        String title,
        @Nullable String subtitle,
        @Nullable String description,
        SeedProductStatus status,
        @Nullable String thumbnail,
        List<String> images,
        @Nullable String collectionHandle,
        List<SeedOption> options,
        List<SeedVariant> variants) {

    public SeedProduct {
        images = List.copyOf(images);
        options = List.copyOf(options);
        variants = List.copyOf(variants);
    }
}
