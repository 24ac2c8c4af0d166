package io.omnicart.adapter.medusa.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A line of a new draft order, by variant id. (Medusa 2.21.2 also accepts {@code variant_sku}, but then treats the line
 * as a custom item without a price and refuses the order: SKUs are resolved to variant ids before.)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MedusaDraftOrderItem(String variantId, Integer quantity) {}
