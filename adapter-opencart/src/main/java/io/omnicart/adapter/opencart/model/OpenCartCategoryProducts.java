package io.omnicart.adapter.opencart.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The body of {@code category.assign} and {@code category.unassign}. */
public record OpenCartCategoryProducts(
        @JsonProperty("category_id") long categoryId,
        @JsonProperty("product_ids") List<Long> productIds) {

    public OpenCartCategoryProducts {
        productIds = List.copyOf(productIds);
    }
}
