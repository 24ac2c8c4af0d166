package io.omnicart.core.model;

public enum InventoryResultStatus implements WireValue {
    UPDATED,
    UNCHANGED,
    NOT_FOUND,
    AMBIGUOUS,
    FAILED
}
