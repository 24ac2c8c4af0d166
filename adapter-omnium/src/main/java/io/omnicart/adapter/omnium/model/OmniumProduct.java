package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A product (reference §6): {@code id} is the language-suffixed document id, {@code productId} the logical id shared
 * by languages and variants; a single-SKU product carries its own {@code skuId}, otherwise its variants do.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OmniumProduct(
        @Nullable String id,
        @Nullable String productId,
        @Nullable String skuId,
        @Nullable String name,
        @Nullable String description,
        @Nullable String language,
        @Nullable String status,
        @Nullable Boolean isActive,
        @Nullable Boolean isVirtual,
        @Nullable String ean,
        @Nullable String size,
        @Nullable String color,
        @Nullable String mainImageUrl,
        @Nullable String mainCategoryId,
        @Nullable List<OmniumProductCategory> categories,
        @Nullable List<OmniumPrice> prices,
        @Nullable List<OmniumProductInventory> inventory,
        @Nullable List<OmniumVariant> variants,
        @Nullable List<OmniumProperty> properties,
        @Nullable String created,
        @Nullable String modified) {}
