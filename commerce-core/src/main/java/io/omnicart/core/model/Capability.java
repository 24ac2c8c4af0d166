package io.omnicart.core.model;

/** One operation a platform may or may not support; {@code GET …/capabilities} lists them all. */
public enum Capability implements WireValue {
    ORDERS_READ,
    ORDER_COMPLETE,
    ORDER_CANCEL,
    ORDER_ARCHIVE,
    ORDER_SHIP,
    PRODUCTS_READ,
    INVENTORY_READ,
    INVENTORY_WRITE,
    CUSTOMERS_READ,
    COLLECTIONS_READ,
    /** Create, rename and delete collections. */
    COLLECTIONS_WRITE,
    /** Add products to and remove products from an existing collection (a platform may do this and not the above). */
    COLLECTION_PRODUCTS_WRITE,
    DRAFT_ORDERS_READ,
    DRAFT_ORDERS_WRITE,
    OVERVIEW,
    SETTINGS,
    PASSTHROUGH,
    EVENTS
}
