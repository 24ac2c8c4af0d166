package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** A product category (reference §7): {@code id} is {@code <categoryId>_<language>}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OmniumProductCategory(
        @Nullable String id,
        @Nullable String categoryId,
        @Nullable String language,
        @Nullable String name,
        @Nullable String parentId,
        @Nullable Boolean isHidden) {}
