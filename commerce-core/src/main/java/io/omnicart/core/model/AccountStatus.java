package io.omnicart.core.model;

public enum AccountStatus implements WireValue {
    CONNECTED,
    FAILING
}
