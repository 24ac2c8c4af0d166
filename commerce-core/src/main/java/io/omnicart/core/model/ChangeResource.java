package io.omnicart.core.model;

/** The kinds of store resource the change feed watches; the wire spelling is the event's {@code resource.type}. */
public enum ChangeResource implements WireValue {
    ORDER,
    PRODUCT,
    CUSTOMER,
    DRAFT_ORDER,
    INVENTORY
}
