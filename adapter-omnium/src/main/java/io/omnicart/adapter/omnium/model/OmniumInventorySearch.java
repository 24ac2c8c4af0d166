package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The body of {@code POST /api/Inventory/Search} (reference §6): records of these SKUs in every warehouse. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OmniumInventorySearch(List<String> productCodes) {}
