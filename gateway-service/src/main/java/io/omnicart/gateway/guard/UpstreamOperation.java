package io.omnicart.gateway.guard;

/**
 * Every adapter operation, with its metric name and whether repeating it is harmless. Only idempotent operations are
 * retried after a failure that may have reached the store; writes only when the failure proves it did not.
 */
public enum UpstreamOperation {
    LIST_ORDERS(true),
    GET_ORDER(true),
    COMPLETE_ORDER(false),
    CANCEL_ORDER(false),
    ARCHIVE_ORDER(false),
    CREATE_SHIPMENT(false),
    LIST_PRODUCTS(true),
    GET_PRODUCT(true),
    GET_INVENTORY(true),
    SYNC_INVENTORY(false),
    LIST_CUSTOMERS(true),
    GET_CUSTOMER(true),
    LIST_CUSTOMER_ORDERS(true),
    LIST_COLLECTIONS(true),
    GET_COLLECTION(true),
    CREATE_COLLECTION(false),
    UPDATE_COLLECTION(false),
    DELETE_COLLECTION(false),
    LIST_COLLECTION_PRODUCTS(true),
    UPDATE_COLLECTION_PRODUCTS(false),
    LIST_DRAFT_ORDERS(true),
    GET_DRAFT_ORDER(true),
    CREATE_DRAFT_ORDER(false),
    DELETE_DRAFT_ORDER(false),
    CONVERT_DRAFT_ORDER(false),
    VERIFY(true),
    OVERVIEW(true),
    SETTINGS(true),
    /** One delta query of the change feed. */
    POLL_CHANGES(true),
    /** A raw passthrough GET or HEAD. */
    RAW_READ(true),
    /** A raw passthrough POST, PUT, PATCH or DELETE: never repeated unless the store provably did not act. */
    RAW_WRITE(false);

    private final boolean idempotent;
    private final String metricName;

    UpstreamOperation(boolean idempotent) {
        this.idempotent = idempotent;
        this.metricName = name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean idempotent() {
        return idempotent;
    }

    /** The {@code operation} tag: {@code list_orders}, {@code complete_order}, … */
    public String metricName() {
        return metricName;
    }
}
