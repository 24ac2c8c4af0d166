package io.omnicart.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

class OrdersApiTest extends ApiTestSupport {

    private static final String ORDERS = DEMO + "/orders";

    @Test
    void theFirstPageHasTheDefaultLimitAndACursor() {
        JsonNode page = get(ORDERS);

        assertThat(data(page)).hasSize(25);
        assertThat(page.path("page").path("limit").asInt()).isEqualTo(25);
        assertThat(page.path("page").path("total").asLong()).isGreaterThanOrEqualTo(120);
        assertThat(text(page.path("page"), "nextCursor")).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void pagingVisitsEveryOrderExactlyOnceNewestFirst() {
        List<JsonNode> orders = new ArrayList<>();
        JsonNode page = get(ORDERS + "?limit=40");
        long total = page.path("page").path("total").asLong();
        orders.addAll(data(page));
        while (!page.path("page").path("nextCursor").isNull()) {
            page = get(ORDERS + "?limit=40&cursor=" + text(page.path("page"), "nextCursor"));
            orders.addAll(data(page));
        }

        Set<String> ids = new HashSet<>();
        orders.forEach(
                order -> assertThat(ids.add(text(order, "id"))).as("seen twice").isTrue());
        assertThat(ids).hasSize((int) total);
        assertThat(createdAt(orders)).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void anOrderIsFoundByIdByNumberAndByEmail() {
        JsonNode sample = data(get(ORDERS + "?limit=5")).get(3);

        assertThat(ids(get(ORDERS + "?q=" + text(sample, "id")))).containsExactly(text(sample, "id"));
        assertThat(ids(get(ORDERS + "?q=" + text(sample, "number")))).containsExactly(text(sample, "id"));

        String email = text(sample, "email");
        String fragment = email.substring(0, email.indexOf('@')).toUpperCase();
        List<JsonNode> byEmail = data(get(ORDERS + "?limit=100&q=" + fragment));
        assertThat(ids(byEmail)).contains(text(sample, "id"));
        byEmail.forEach(order -> assertThat(text(order, "email")).containsIgnoringCase(fragment));
    }

    @Test
    void statusFiltersAcceptCommaSeparatedAndRepeatedValues() {
        List<JsonNode> commas = data(get(ORDERS + "?limit=100&status=cancelled,archived"));
        List<JsonNode> repeated = data(get(ORDERS + "?limit=100&status=cancelled&status=archived"));

        assertThat(commas).isNotEmpty();
        commas.forEach(order -> assertThat(text(order, "status")).isIn("cancelled", "archived"));
        assertThat(ids(repeated)).isEqualTo(ids(commas));
        assertThat(commas).extracting(order -> text(order, "status")).contains("cancelled", "archived");
    }

    @Test
    void dateFiltersBoundCreatedAtInclusively() {
        List<JsonNode> all = data(get(ORDERS + "?limit=100"));
        OffsetDateTime from = OffsetDateTime.parse(text(all.get(30), "createdAt"));
        OffsetDateTime to = OffsetDateTime.parse(text(all.get(10), "createdAt"));

        List<JsonNode> window = data(get(ORDERS + "?limit=100&createdFrom=" + from + "&createdTo=" + to));

        assertThat(window).hasSizeGreaterThanOrEqualTo(21);
        createdAt(window).forEach(at -> assertThat(at).isBetween(from, to));
        String day = to.toLocalDate().toString();
        List<JsonNode> wholeDay = data(get(ORDERS + "?limit=100&createdFrom=" + day + "&createdTo=" + day));
        assertThat(ids(wholeDay)).contains(text(all.get(10), "id"));
        createdAt(wholeDay)
                .forEach(at -> assertThat(at.toLocalDate().toString()).isEqualTo(day));
    }

    @Test
    void updatedSinceKeepsRecentlyUpdatedOrders() {
        JsonNode newest = data(get(ORDERS + "?limit=1&sort=-updatedAt")).getFirst();
        String since = text(newest, "updatedAt");

        List<JsonNode> recent = data(get(ORDERS + "?limit=100&updatedSince=" + since));

        assertThat(ids(recent)).contains(text(newest, "id"));
        recent.forEach(order -> assertThat(OffsetDateTime.parse(text(order, "updatedAt")))
                .isAfterOrEqualTo(OffsetDateTime.parse(since)));
    }

    @Test
    void ordersSortByNumberAndCreatedAtBothWays() {
        List<Integer> ascending = numbers(data(get(ORDERS + "?limit=100&sort=number")));
        List<Integer> descending = numbers(data(get(ORDERS + "?limit=100&sort=-number")));
        List<JsonNode> oldest = data(get(ORDERS + "?limit=100&sort=createdAt"));

        assertThat(ascending).isSorted();
        assertThat(descending).isSortedAccordingTo((a, b) -> b - a);
        assertThat(createdAt(oldest)).isSorted();
    }

    @Test
    void theFullOrderHasLineItemsTimelineAndWireTypes() {
        String id = text(data(get(ORDERS + "?limit=1")).getFirst(), "id");

        JsonNode order = get(ORDERS + "/" + id);

        assertThat(text(order, "id")).isEqualTo(id);
        assertThat(order.path("lineItems").size()).isPositive();
        assertThat(order.path("timeline").size()).isPositive();
        JsonNode total = order.path("totals").path("total");
        assertThat(total.path("amount").isString()).isTrue();
        assertThat(text(total, "amount")).matches("-?\\d+\\.\\d+");
        assertThat(text(total, "currency")).matches("[A-Z]{3}");
        assertThat(order.path("lineItems")
                        .get(0)
                        .path("unitPrice")
                        .path("amount")
                        .isString())
                .isTrue();
        assertThat(text(order, "status")).matches("[a-z_]+");
        assertThat(text(order, "paymentStatus")).matches("[a-z_]+");
        assertThat(text(order, "fulfillmentStatus")).matches("[a-z_]+");
        assertThat(order.has("cancelReason")).as("nulls are written").isTrue();
        assertThat(order.has("billingAddress")).isTrue();
    }

    @Test
    void aCancelledOrderKeepsItsReason() {
        JsonNode cancelled = data(get(ORDERS + "?status=cancelled&limit=1")).getFirst();

        JsonNode order = get(ORDERS + "/" + text(cancelled, "id"));

        assertThat(text(order, "status")).isEqualTo("cancelled");
        assertThat(text(order, "cancelReason")).isNotBlank();
    }

    @Test
    void anUnknownOrderIsNotFound() {
        JsonNode problem =
                problem(client.get().uri(ORDERS + "/order_missing").exchange(), HttpStatus.NOT_FOUND, "not_found");

        assertThat(text(problem, "detail")).contains("order_missing");
        assertThat(text(problem, "instance")).isEqualTo(ORDERS + "/order_missing");
        assertThat(text(problem, "requestId")).isNotBlank();
    }

    static List<String> ids(JsonNode page) {
        return ids(data(page));
    }

    static List<String> ids(List<JsonNode> items) {
        return items.stream().map(item -> text(item, "id")).toList();
    }

    private static List<OffsetDateTime> createdAt(List<JsonNode> orders) {
        return orders.stream()
                .map(order -> OffsetDateTime.parse(text(order, "createdAt")))
                .toList();
    }

    private static List<Integer> numbers(List<JsonNode> orders) {
        return orders.stream()
                .map(order -> Integer.parseInt(text(order, "number")))
                .toList();
    }
}
