package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of {@code PATCH /api/Cart/{cartId}/PatchCart}: the customer's e-mail only (reference §9, §2). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OmniumCartPatch(String customerEmail) {}
