package io.omnicart.core.model;

/** The normalized order status; the platform's own spelling travels in {@code platformStatus}. */
public enum OrderStatus implements WireValue {
    PENDING,
    COMPLETED,
    CANCELLED,
    ARCHIVED,
    DRAFT,
    REQUIRES_ACTION
}
