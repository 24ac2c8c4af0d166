package io.omnicart.adapter.medusa.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** One action of an order change ({@code FULFILL_ITEM}, {@code SHIP_ITEM}, {@code ITEM_ADD}, …). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MedusaOrderChangeAction(
        @Nullable String id,
        @Nullable String action,
        @Nullable String reference,
        @Nullable String referenceId) {}
