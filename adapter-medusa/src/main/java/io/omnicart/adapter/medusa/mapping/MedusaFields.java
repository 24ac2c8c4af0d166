package io.omnicart.adapter.medusa.mapping;

/**
 * The {@code fields} each call sends: exactly what the mappers read (reference §3.2: the default field sets are thin,
 * and {@code email}, {@code currency_code} and {@code customer} are missing from the order defaults).
 */
public final class MedusaFields {

    private static final String ORDER_TOTALS =
            "total,subtotal,item_subtotal,item_total,shipping_subtotal," + "shipping_total,tax_total,discount_total";

    /** Order lists: the list route drags {@code items} along anyway (§5.2); only their quantities are read. */
    public static final String ORDER_SUMMARY = "id,display_id,custom_display_id,status,email,currency_code,customer_id,"
            + ORDER_TOTALS + ",payment_status,fulfillment_status,canceled_at,created_at,updated_at,*customer,"
            + "items.id,items.quantity";

    /** Order detail: the rich retrieve defaults plus what they lack (§5.2, §5.6). */
    public static final String ORDER_DETAIL = "+email,+currency_code,+customer_id,+canceled_at,+metadata,"
            + "+payment_status,+fulfillment_status,+" + ORDER_TOTALS.replace(",", ",+") + ",*customer,*items,"
            + "*items.detail,*shipping_address,*billing_address,*shipping_methods,*fulfillments,*fulfillments.labels,"
            + "*fulfillments.items,*payment_collections,*payment_collections.payments,"
            + "*payment_collections.payments.captures,*payment_collections.payments.refunds";

    /** What cancel and ship look at before acting. */
    public static final String ORDER_STATE =
            "id,status,metadata,*items,*items.detail,*fulfillments," + "*fulfillments.items";

    /** Revenue over a window: minimal columns (§11). */
    public static final String ORDER_REVENUE = "id,status,currency_code,total,canceled_at";

    public static final String DRAFT_ORDER = "+email,+currency_code,+region_id,+customer_id,+"
            + ORDER_TOTALS.replace(",", ",+") + ",*customer,*items,*shipping_address,*shipping_methods";

    public static final String PRODUCT = "id,title,handle,status,description,thumbnail,collection_id,created_at,"
            + "updated_at,*collection,*options,*options.values,*variants,*variants.prices,*variants.options,"
            + "*variants.inventory_items,*variants.inventory_items.inventory,"
            + "*variants.inventory_items.inventory.location_levels";

    public static final String INVENTORY_ITEM = "id,sku,*location_levels";

    /** A variant looked up by SKU: a draft-order line must name the variant id (reference §6). */
    public static final String VARIANT_SKU = "id,sku";

    public static final String CUSTOMER =
            "id,email,first_name,last_name,phone,company_name,has_account,created_at,*addresses";

    /** A customer as the change feed reads it: with its modification time. */
    public static final String CUSTOMER_CHANGES = CUSTOMER + ",updated_at";

    public static final String COLLECTION = "id,title,handle,created_at,updated_at,products.id";

    public static final String STORE = "id,name,default_region_id,default_location_id,*supported_currencies";

    /** What a new draft order takes from the store when the command does not say. */
    public static final String STORE_DEFAULTS = "id,default_region_id,default_sales_channel_id";

    public static final String REGION = "id,name,currency_code,*countries";

    public static final String ID = "id";

    private MedusaFields() {}
}
