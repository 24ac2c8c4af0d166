package io.omnicart.core.model;

public enum PaymentStatus implements WireValue {
    NOT_PAID,
    AWAITING,
    AUTHORIZED,
    PARTIALLY_AUTHORIZED,
    CAPTURED,
    PARTIALLY_CAPTURED,
    PARTIALLY_REFUNDED,
    REFUNDED,
    CANCELED,
    REQUIRES_ACTION,
    UNKNOWN
}
