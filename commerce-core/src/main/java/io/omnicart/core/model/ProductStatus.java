package io.omnicart.core.model;

public enum ProductStatus implements WireValue {
    PUBLISHED,
    DRAFT,
    PROPOSED,
    REJECTED
}
