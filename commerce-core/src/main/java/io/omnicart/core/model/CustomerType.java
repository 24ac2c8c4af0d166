package io.omnicart.core.model;

public enum CustomerType implements WireValue {
    REGISTERED,
    GUEST
}
