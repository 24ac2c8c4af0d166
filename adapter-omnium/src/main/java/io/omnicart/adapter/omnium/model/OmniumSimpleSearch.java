package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of the other searches (customers, carts, products): free text, paging, sort and the few filters the adapter
 * uses; unset ones are left out (reference §2, §6, §8, §9).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OmniumSimpleSearch(
        int take,
        int page,
        @Nullable String sortOrder,
        @Nullable Boolean disableFacets,
        @Nullable Boolean isFacetsDisabled,
        @Nullable String query,
        @Nullable String searchText,
        @Nullable String customerId,
        @Nullable List<String> productCategoryIds,
        @Nullable Boolean isActive) {}
