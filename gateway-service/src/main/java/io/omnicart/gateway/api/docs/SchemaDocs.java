package io.omnicart.gateway.api.docs;

import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Descriptions and realistic examples for the response schemas (the core model carries no annotations). */
final class SchemaDocs {

    private static final Map<String, String> SCHEMAS = Map.ofEntries(
            Map.entry("Order", "The full order, as GET /orders/{orderId} returns it."),
            Map.entry("OrderSummary", "An order as lists show it: no timeline, no line items beyond itemCount."),
            Map.entry("OrderTotals", "The order's totals, each in the order currency."),
            Map.entry(
                    "LineItem",
                    "One line of an order or draft order. Its amounts are before tax on every platform: unitPrice ×"
                            + " quantity is the line before discounts, and the lines add up to totals.subtotal; tax"
                            + " is only in totals.tax."),
            Map.entry("CustomerRef", "The customer as an order sees it."),
            Map.entry("Address", "A postal address; countryCode is ISO-3166 alpha-2 upper-case."),
            Map.entry("Shipment", "A shipment of (part of) the order with its tracking."),
            Map.entry("TimelineEvent", "One entry of the order's history."),
            Map.entry("Product", "A product with its options and sellable variants."),
            Map.entry("ProductVariant", "A sellable variant with its prices and stock."),
            Map.entry("Customer", "A registered or guest customer."),
            Map.entry("Collection", "A product grouping: Medusa collection, Omnium category, OpenCart category."),
            Map.entry("DraftOrder", "An order not yet placed: Medusa draft order, Omnium cart."),
            Map.entry("InventoryLevel", "Current stock of one SKU (at one location where the store has several)."),
            Map.entry("InventoryResult", "The outcome of one item of an inventory sync."),
            Map.entry("StoreOverview", "Headline figures of the store over a window of days."),
            Map.entry("StoreSettings", "Store settings: currencies, regions and timezone."),
            Map.entry("Account", "A connected store account. It never contains a secret."),
            Map.entry("PageInfo", "Paging facts of a list response."));

    private static final Map<String, String> PROPERTIES = Map.ofEntries(
            Map.entry("platformStatus", "The platform's own status, where the normalized status loses information."),
            Map.entry("cancelReason", "Why the order was cancelled, when known."),
            Map.entry("itemCount", "Units over all line items."),
            Map.entry("PageInfo.nextCursor", "Opaque cursor of the next page; null on the last page."),
            Map.entry("PageInfo.limit", "The page size that was applied."),
            Map.entry("PageInfo.total", "Total number of matches, or null when the store cannot count cheaply."),
            Map.entry("ProductVariant.inventoryQuantity", "Stock level; null when the store does not track it."),
            Map.entry("ProductVariant.options", "Option values by option title, e.g. {\"Size\": \"M\"}."),
            Map.entry("StoreOverview.revenue", "One entry per currency: non-cancelled orders created in the window."),
            Map.entry("StoreOverview.cached", "True when the figures were served from cache (computed at asOf)."),
            Map.entry("Account.baseUrl", "The store's base URL; null for the demo store."),
            Map.entry(
                    "Account.statusReason",
                    "Why a failing account fails: auth_rejected, unreachable, not_<platform>, credentials_unreadable"
                            + " (restore the key that encrypted its credentials), …; null when connected."),
            Map.entry("TimelineEvent.type", "Short snake_case word such as placed, paid, shipped, cancelled."),
            Map.entry("Region.countries", "ISO-3166 alpha-2 country codes."),
            Map.entry("Region.currency", "ISO 4217 currency code."),
            Map.entry("InventoryResult.detail", "Why the item was not updated, when it was not."),
            Map.entry(
                    "LineItem.unitPrice",
                    "Price of one unit before tax and before discounts, in the order currency, on every platform"
                            + " (Medusa: unit_price, net of tax where the price list includes it; Omnium:"
                            + " placedPriceExclTax; OpenCart: order_product.price)."),
            Map.entry(
                    "LineItem.total",
                    "The line after its discounts and before tax: unitPrice × quantity when nothing is discounted."),
            Map.entry("OrderTotals.subtotal", "The line items before tax, without shipping."),
            Map.entry("OrderTotals.total", "What the customer pays: subtotal + shipping + tax − discount."));

    private static final Map<String, Object> EXAMPLES = Map.ofEntries(
            Map.entry("Order.id", "order_01JD5V0B9M"),
            Map.entry("OrderSummary.id", "order_01JD5V0B9M"),
            Map.entry("Product.id", "prod_01JD5TZ3KQ"),
            Map.entry("ProductVariant.id", "variant_01JD5TZ8P2"),
            Map.entry("ProductOption.id", "opt_01JD5TZ4AB"),
            Map.entry("Customer.id", "cus_01JD5TW9XE"),
            Map.entry("CustomerRef.id", "cus_01JD5TW9XE"),
            Map.entry("LineItem.id", "item_01JD5V0C3D"),
            Map.entry("Shipment.id", "ful_01JD5V2H7K"),
            Map.entry("Collection.id", "pcol_01JD5TY2MN"),
            Map.entry("CollectionRef.id", "pcol_01JD5TY2MN"),
            Map.entry("DraftOrder.id", "draft_01JD5V7Q1R"),
            Map.entry("Region.id", "reg_01JD5TX1EU"),
            Map.entry("Account.id", "demo"),
            Map.entry("Product.title", "Linen Shirt"),
            Map.entry("Collection.title", "Summer Essentials"),
            Map.entry("CollectionRef.title", "Summer Essentials"),
            Map.entry("ProductOption.title", "Size"),
            Map.entry("ProductVariant.title", "M / White"),
            Map.entry("LineItem.title", "Linen Shirt"),
            Map.entry("Region.name", "Europe"),
            Map.entry("StoreInfo.name", "Nordlicht Outfitters"),
            Map.entry("StoreSettings.name", "Nordlicht Outfitters"),
            Map.entry("Address.name", "Emma Schneider"),
            Map.entry("CustomerRef.name", "Emma Schneider"),
            Map.entry("number", "1042"),
            Map.entry("email", "emma.schneider@example.com"),
            Map.entry("firstName", "Emma"),
            Map.entry("lastName", "Schneider"),
            Map.entry("phone", "+49 30 12345678"),
            Map.entry("company", "Nordlicht GmbH"),
            Map.entry("handle", "linen-shirt"),
            Map.entry("description", "Breathable linen shirt with a relaxed fit."),
            Map.entry("thumbnail", "https://cdn.example.com/products/linen-shirt.jpg"),
            Map.entry("sku", "LIN-SHIRT-M-WHT"),
            Map.entry("barcode", "4006381333931"),
            Map.entry("variantTitle", "M / White"),
            Map.entry("productId", "prod_01JD5TZ3KQ"),
            Map.entry("variantId", "variant_01JD5TZ8P2"),
            Map.entry("locationId", "sloc_01JD5TX9WH"),
            Map.entry("regionId", "reg_01JD5TX1EU"),
            Map.entry("line1", "Torstraße 42"),
            Map.entry("city", "Berlin"),
            Map.entry("province", "Berlin"),
            Map.entry("postalCode", "10119"),
            Map.entry("countryCode", "DE"),
            Map.entry("carrier", "DHL"),
            Map.entry("message", "Order placed by Emma Schneider"),
            Map.entry("TimelineEvent.type", "placed"),
            Map.entry("label", "Production Store"),
            Map.entry("platformStatus", "pending"),
            Map.entry("platformVersion", "2.3.1"),
            Map.entry("timezone", "Europe/Berlin"),
            Map.entry("defaultCurrency", "EUR"),
            Map.entry("Region.currency", "EUR"),
            Map.entry("cancelReason", "Customer ordered the wrong size"),
            Map.entry("quantity", 2),
            Map.entry("itemCount", 3),
            Map.entry("productCount", 30),
            Map.entry("orderCount", 120),
            Map.entry("customerCount", 60),
            Map.entry("PageInfo.limit", 25),
            Map.entry("PageInfo.total", 124),
            Map.entry("PageInfo.nextCursor", "b2Zmc2V0OjI1.kJ4e0sQy3Rj1m2l0aWf8yZbqG6k9yN3cXo6qf3lFh0A"),
            Map.entry("InventoryResult.detail", "No variant has this SKU"));

    private static final String DATE_TIME = "2026-11-23T08:12:11Z";

    private SchemaDocs() {}

    static void describe(String schemaName, Schema<?> model) {
        if (model.getDescription() == null) {
            model.setDescription(SCHEMAS.get(schemaName));
        }
    }

    static void describe(String owner, String property, Schema<?> schema) {
        if (schema.getDescription() == null) {
            schema.setDescription(lookup(PROPERTIES, owner, property));
        }
        Object example = "date-time".equals(schema.getFormat()) ? DATE_TIME : lookup(EXAMPLES, owner, property);
        if (example != null && schema.get$ref() == null && schema.getExample() == null && isScalar(schema)) {
            schema.setExample(example);
        }
    }

    private static <V> @Nullable V lookup(Map<String, V> table, String owner, String property) {
        V specific = table.get(owner + "." + property);
        return specific != null ? specific : table.get(property);
    }

    private static boolean isScalar(Schema<?> schema) {
        return schema.getTypes() != null
                && (schema.getTypes().contains("string") || schema.getTypes().contains("integer"));
    }
}
