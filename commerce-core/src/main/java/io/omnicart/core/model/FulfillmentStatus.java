package io.omnicart.core.model;

public enum FulfillmentStatus implements WireValue {
    NOT_FULFILLED,
    PARTIALLY_FULFILLED,
    FULFILLED,
    PARTIALLY_SHIPPED,
    SHIPPED,
    PARTIALLY_DELIVERED,
    DELIVERED,
    CANCELED,
    UNKNOWN
}
