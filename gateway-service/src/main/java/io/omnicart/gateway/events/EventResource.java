package io.omnicart.gateway.events;

import io.swagger.v3.oas.annotations.media.Schema;

/** Which resource changed. */
public record EventResource(
        @Schema(allowableValues = {"order", "product", "customer", "draft_order", "inventory"})
        String type,

        @Schema(description = "Its id; for inventory the SKU, with @location where the store has several.")
        String id) {}
