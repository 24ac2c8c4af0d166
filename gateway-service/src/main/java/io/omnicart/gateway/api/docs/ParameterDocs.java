package io.omnicart.gateway.api.docs;

import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.ProductStatus;
import io.omnicart.gateway.api.customers.CustomersController;
import io.omnicart.gateway.api.orders.OrdersController;
import io.omnicart.gateway.api.products.ProductsController;
import io.omnicart.gateway.api.validation.Checks;
import io.omnicart.gateway.api.validation.QueryValues;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springframework.core.MethodParameter;

/**
 * One catalogue of every path and query parameter of the OmniCart API: description, type and constraints exactly as
 * the handlers validate them (parameters arrive as strings so that every error can be reported at once).
 */
public class ParameterDocs implements ParameterCustomizer {

    private static final String DATE_NOTE = " ISO-8601 date-time with offset; a plain date (2026-11-23) means ";

    private final Map<String, ParameterDoc> docs = Map.ofEntries(
            id("accountId", "Store account id; `demo` is the built-in demo store.", "demo"),
            id("orderId", "Order id.", "order_01JD5V0B9M"),
            id("productId", "Product id.", "prod_01JD5TZ3KQ"),
            id("customerId", "Customer id.", "cus_01JD5TW9XE"),
            id("collectionId", "Collection id.", "pcol_01JD5TY2MN"),
            id("draftOrderId", "Draft order id.", "draft_01JD5V7Q1R"),
            id("webhookId", "Webhook id.", "wh_0c4f8e2a9b7d4e51a3c6f0b2d8e9a1c4"),
            id(
                    "eventId",
                    "Event id, as the event and its X-OmniCart-Event-Id header carry it.",
                    "evt_4q2m8c1z7k3v9x0b5n6p8r2t4w"),
            Map.entry("limit", new ParameterDoc("Page size.", limit())),
            Map.entry(
                    "cursor",
                    new ParameterDoc(
                            "Opaque cursor from page.nextCursor of the previous page, sent back"
                                    + " unchanged with the same filters; an altered or foreign cursor is 400 invalid_cursor.",
                            WireSchemas.typed("string").maxLength(4096))),
            Map.entry(
                    OrdersController.class.getSimpleName() + ".q",
                    text(
                            "Finds orders by id or number (exact) or by customer e-mail (case-insensitive substring).",
                            "1042")),
            Map.entry(
                    ProductsController.class.getSimpleName() + ".q",
                    text("Finds products by title, handle or SKU (case-insensitive).", "linen")),
            Map.entry(
                    CustomersController.class.getSimpleName() + ".q",
                    text("Finds customers by e-mail, name or company (case-insensitive substring).", "schneider")),
            Map.entry(
                    OrdersController.class.getSimpleName() + ".status",
                    statuses("Only orders in these statuses; comma-separated and/or repeated.", OrderStatus.class)),
            Map.entry(
                    ProductsController.class.getSimpleName() + ".status",
                    statuses("Only products in these statuses; comma-separated and/or repeated.", ProductStatus.class)),
            Map.entry("createdFrom", date("Orders created at or after this instant." + DATE_NOTE + "its start (UTC).")),
            Map.entry(
                    "createdTo",
                    date("Orders created at or before this instant; not before createdFrom." + DATE_NOTE
                            + "its end (UTC).")),
            Map.entry(
                    "updatedSince", date("Orders updated at or after this instant." + DATE_NOTE + "its start (UTC).")),
            Map.entry("sort", new ParameterDoc("Sort order; a leading '-' sorts descending.", sort())),
            Map.entry("window", new ParameterDoc("Overview window in days, 1d to 365d.", window())),
            Map.entry(
                    "sku",
                    new ParameterDoc(
                            "SKUs to look up (1 to 100); comma-separated and/or repeated.",
                            WireSchemas.typed("array")
                                    .items(WireSchemas.typed("string").maxLength(100))
                                    .minItems(1)
                                    .maxItems(100))));

    @Override
    public Parameter customize(Parameter parameter, MethodParameter method) {
        if (parameter == null) {
            return null;
        }
        ParameterDoc doc = docs.getOrDefault(
                method.getContainingClass().getSimpleName() + "." + parameter.getName(), docs.get(parameter.getName()));
        return doc == null ? parameter : doc.applyTo(parameter);
    }

    private static Map.Entry<String, ParameterDoc> id(String name, String description, String example) {
        Schema<?> schema =
                WireSchemas.typed("string").pattern(Checks.ID_PATTERN).example(example);
        return Map.entry(name, new ParameterDoc(description, schema));
    }

    private static ParameterDoc text(String description, String example) {
        return new ParameterDoc(
                description, WireSchemas.typed("string").maxLength(200).example(example));
    }

    private static ParameterDoc date(String description) {
        return new ParameterDoc(
                description, WireSchemas.typed("string").format("date-time").example("2026-11-01T00:00:00Z"));
    }

    private static ParameterDoc statuses(String description, Class<? extends Enum<?>> type) {
        return new ParameterDoc(description, WireSchemas.typed("array").items(wireEnum(type)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Schema<?> wireEnum(Class<? extends Enum<?>> type) {
        return WireSchemas.wireEnum((Class) type);
    }

    private static Schema<?> limit() {
        return WireSchemas.typed("integer")
                .format("int32")
                .minimum(java.math.BigDecimal.ONE)
                .maximum(java.math.BigDecimal.valueOf(PageRequest.MAX_LIMIT))
                ._default(PageRequest.DEFAULT_LIMIT);
    }

    private static Schema<?> sort() {
        Schema<Object> schema = WireSchemas.typed("string");
        List.of(QueryValues.SORT_VALUES.split(", ")).forEach(schema::addEnumItemObject);
        return schema._default("-createdAt");
    }

    private static Schema<?> window() {
        return WireSchemas.typed("string")
                .pattern("^\\d{1,3}d$")
                ._default("30d")
                .example("30d");
    }
}
