package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The filters and sort order of an {@code OmniumOrderSearchRequest} (reference §12 r12–r13). */
final class OrderQuery {

    private final JsonNode request;
    private final boolean toInclusive;
    private final Map<String, List<String>> lists = new HashMap<>();

    OrderQuery(JsonNode request) {
        this(request, false);
    }

    /** A query whose {@code …To} bounds include the bound when {@code toInclusive}. */
    OrderQuery(JsonNode request, boolean toInclusive) {
        this.request = request;
        this.toInclusive = toInclusive;
    }

    /** The values of a list filter, read once per query. */
    private List<String> list(String filter) {
        return lists.computeIfAbsent(filter, name -> OmniumJson.strings(request, name));
    }

    /** The matching orders, sorted as requested ({@code CreatedDescending} by default). */
    List<ObjectNode> apply(List<ObjectNode> orders) {
        return orders.stream().filter(this::matches).sorted(comparator()).toList();
    }

    private boolean matches(ObjectNode order) {
        return anyOf("selectedStatuses", order, "status")
                && noneOf("excludedStatuses", order, "status")
                && anyOf("selectedStores", order, "storeId")
                && anyOf("selectedMarkets", order, "marketId")
                && anyOf("orderType", order, "orderType")
                && equalsField("email", order, "customerEmail")
                && equalsField("customerId", order, "customerId")
                && (equalsField("orderNumber", order, "orderNumber") || equalsField("orderNumber", order, "id"))
                && anyOf("customerIds", order, "customerId")
                && equalsField("customerNumber", order, "customerNumber")
                && equalsField("phone", order, "customerPhone")
                && contains("customerName", order, "customerName")
                && anyOf("orderTypes", order, "orderType")
                && paymentStatus(order)
                && properties(order)
                && searchText(order)
                && tags(order)
                && range("created", order)
                && range("modified", order)
                && range("completed", order);
    }

    private boolean anyOf(String filter, ObjectNode order, String field) {
        List<String> wanted = list(filter);
        return wanted.isEmpty() || wanted.contains(order.path(field).asString());
    }

    private boolean noneOf(String filter, ObjectNode order, String field) {
        return !list(filter).contains(order.path(field).asString());
    }

    private boolean equalsField(String filter, ObjectNode order, String field) {
        String wanted = OmniumJson.text(request, filter);
        return wanted == null || wanted.equalsIgnoreCase(order.path(field).asString());
    }

    private boolean contains(String filter, ObjectNode order, String field) {
        String wanted = OmniumJson.text(request, filter);
        return wanted == null
                || order.path(field).asString("").toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT));
    }

    /** {@code paymentStatuses}: Paid, NotPaid, PartiallyPaid, OverPaid from the payment totals [I]. */
    private boolean paymentStatus(ObjectNode order) {
        List<String> wanted = list("paymentStatuses");
        return wanted.isEmpty() || wanted.contains(paymentStatusOf(order));
    }

    static String paymentStatusOf(JsonNode order) {
        JsonNode form = order.path("orderForm");
        java.math.BigDecimal total = OmniumTotals.decimal(form, "total");
        java.math.BigDecimal paid = OmniumTotals.decimal(form, "capturedPaymentTotal")
                .max(OmniumTotals.decimal(form, "authorizedPaymentTotal"))
                .subtract(OmniumTotals.decimal(form, "creditPaymentTotal"));
        if (paid.signum() <= 0) {
            return "NotPaid";
        }
        int compared = paid.compareTo(total);
        return compared == 0 ? "Paid" : compared > 0 ? "OverPaid" : "PartiallyPaid";
    }

    /** {@code properties: [{key, value}]}: every listed property present (value compared when given). */
    private boolean properties(ObjectNode order) {
        JsonNode wanted = OmniumJson.field(request, "properties");
        if (wanted == null || !wanted.isArray()) {
            return true;
        }
        for (JsonNode condition : wanted.values()) {
            String key = OmniumJson.text(condition, "key");
            String value = OmniumJson.text(condition, "value");
            boolean found = false;
            for (JsonNode property : order.path("properties").values()) {
                if ((key == null || key.equals(property.path("key").asString()))
                        && (value == null || value.equals(property.path("value").asString()))) {
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private boolean searchText(ObjectNode order) {
        String text = OmniumJson.text(request, "searchText");
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        Predicate<String> hit = value -> value.toLowerCase(Locale.ROOT).contains(needle);
        return order.path("id").asString().equals(text)
                || hit.test(order.path("customerEmail").asString())
                || order.path("orderNumber").asString().equals(text)
                || hit.test(order.path("customerName").asString())
                || hit.test(order.path("customerPhone").asString());
    }

    private boolean tags(ObjectNode order) {
        List<String> tags = OmniumJson.strings(order.get("tags"));
        List<String> wanted = list("tags");
        List<String> excluded = list("excludedTags");
        return tags.containsAll(wanted) && excluded.stream().noneMatch(tags::contains);
    }

    /** {@code <field>From} inclusive, {@code <field>To} exclusive (inclusive when so configured). */
    private boolean range(String field, ObjectNode order) {
        Instant from = instant(field + "From");
        Instant to = instant(field + "To");
        if (from == null && to == null) {
            return true;
        }
        JsonNode stamp = order.get(field);
        if (stamp == null || stamp.isNull()) {
            return false;
        }
        Instant value = OmniumJson.parseTime(stamp.asString());
        return (from == null || !value.isBefore(from))
                && (to == null || value.isBefore(to) || (toInclusive && value.equals(to)));
    }

    private @Nullable Instant instant(String name) {
        String text = OmniumJson.text(request, name);
        return text == null ? null : OmniumJson.parseTime(text);
    }

    private Comparator<ObjectNode> comparator() {
        String sort = OmniumJson.text(request, "sortOrder");
        String key = sort == null ? "CreatedDescending" : sort;
        Comparator<ObjectNode> byId =
                Comparator.comparing(order -> order.path("id").asString());
        return switch (key.toLowerCase(Locale.ROOT)) {
            case "createdascending" -> by("created").thenComparing(byId);
            case "modifiedascending" -> by("modified").thenComparing(byId);
            case "modifieddescending" -> by("modified").reversed().thenComparing(byId);
            case "documentid" -> byId;
            default -> by("created").reversed().thenComparing(byId);
        };
    }

    private static Comparator<ObjectNode> by(String field) {
        // timestamps are written fixed-width, so text order is time order
        return Comparator.comparing(order -> order.path(field).asString());
    }
}
