package io.omnicart.adapter.demo;

import static io.omnicart.adapter.demo.DemoFixtures.STORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.model.LineItem;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.OrderSort;
import io.omnicart.core.model.OrderSortField;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.SortDirection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DemoOrderListingTest {

    private final DemoAdapter adapter = DemoFixtures.adapter();
    private final List<Order> orders = DemoFixtures.fullOrders(adapter);

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 25, 100})
    void pagingVisitsEveryOrderExactlyOnce(int limit) {
        List<Page<OrderSummary>> pages = new ArrayList<>();
        List<OrderSummary> all = DemoFixtures.readAll(
                page -> record(
                        pages, adapter.listOrders(STORE, OrderQuery.all(page)).block()),
                limit);
        assertThat(all)
                .extracting(OrderSummary::id)
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(orders.stream().map(Order::id).toList());
        assertThat(pages).allSatisfy(page -> {
            assertThat(page.total()).isEqualTo((long) orders.size());
            assertThat(page.limit()).isEqualTo(limit);
            assertThat(page.data()).hasSizeBetween(1, limit);
        });
        assertThat(pages).hasSize((orders.size() + limit - 1) / limit);
        assertThat(pages.getLast().nextCursor()).isNull();
    }

    /** As the contract asks of every adapter: line prices are before tax, tax only in the totals. */
    @Test
    void linePricesAreBeforeTaxAndAddUpToTheSubtotal() {
        assertThat(orders)
                .as("the demo store charges tax")
                .anySatisfy(order -> assertThat(order.totals().tax().amount()).isPositive());
        assertThat(orders).allSatisfy(order -> {
            assertThat(order.lineItems())
                    .allSatisfy(line -> assertThat(line.total().amount())
                            .isEqualByComparingTo(
                                    line.unitPrice().times(line.quantity()).amount()));
            assertThat(order.lineItems().stream()
                            .map(LineItem::total)
                            .reduce(Money.zero(order.currency()), Money::plus)
                            .amount())
                    .isEqualByComparingTo(order.totals().subtotal().amount());
            assertThat(order.totals()
                            .subtotal()
                            .plus(order.totals().shipping())
                            .plus(order.totals().tax())
                            .minus(order.totals().discount())
                            .amount())
                    .isEqualByComparingTo(order.totals().total().amount());
        });
    }

    @Test
    void summariesCountItemsAndCarryTheTotals() {
        OrderSummary summary = first(query(null, Set.of()));
        Order order = orders.getFirst();
        assertThat(summary).isEqualTo(order.summary());
        assertThat(summary.itemCount())
                .isEqualTo(
                        order.lineItems().stream().mapToInt(l -> l.quantity()).sum());
    }

    @Test
    void qFindsAnOrderByIdNumberOrHashNumber() {
        Order order = orders.get(17);
        assertThat(ids(query(order.id(), Set.of()))).containsExactly(order.id());
        assertThat(ids(query(order.number(), Set.of()))).containsExactly(order.id());
        assertThat(ids(query("#" + order.number(), Set.of()))).containsExactly(order.id());
        assertThat(ids(query(order.id().toLowerCase(Locale.ROOT) + "x", Set.of())))
                .isEmpty();
    }

    @Test
    void qMatchesPartOfTheCustomerEmailCaseInsensitively() {
        Order order = orders.get(3);
        String part = order.email().substring(1, order.email().indexOf('@')).toUpperCase(Locale.ROOT);
        List<OrderSummary> found = DemoFixtures.allOrders(adapter, query(part, Set.of()));
        List<String> expected = orders.stream()
                .filter(o -> o.email().toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT)))
                .map(Order::id)
                .toList();
        assertThat(found)
                .extracting(OrderSummary::id)
                .containsExactlyElementsOf(expected)
                .contains(order.id());
    }

    @Test
    void anUnknownQueryIsAnEmptyLastPage() {
        Page<OrderSummary> page = adapter.listOrders(STORE, query("nobody@nowhere.invalid", Set.of()))
                .block();
        assertThat(page.data()).isEmpty();
        assertThat(page.total()).isZero();
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void statusFilterKeepsOnlyTheGivenStatuses() {
        Set<OrderStatus> wanted = Set.of(OrderStatus.CANCELLED, OrderStatus.ARCHIVED);
        List<OrderSummary> found = DemoFixtures.allOrders(adapter, query(null, wanted));
        assertThat(found).isNotEmpty().allSatisfy(o -> assertThat(o.status()).isIn(wanted));
        assertThat(found).hasSize((int)
                orders.stream().filter(o -> wanted.contains(o.status())).count());
        assertThat(DemoFixtures.allOrders(adapter, query(null, Set.of(OrderStatus.DRAFT))))
                .isEmpty();
    }

    @Test
    void createdBoundsAreInclusive() {
        OffsetDateTime from = orders.get(40).createdAt();
        OffsetDateTime to = orders.get(10).createdAt();
        OrderQuery query = new OrderQuery(null, Set.of(), from, to, null, OrderSort.NEWEST_FIRST, PageRequest.first(7));
        List<OrderSummary> found = DemoFixtures.allOrders(adapter, query);
        assertThat(found)
                .extracting(OrderSummary::id)
                .containsExactlyElementsOf(
                        orders.subList(10, 41).stream().map(Order::id).toList());
    }

    @Test
    void updatedSinceKeepsOrdersUpdatedAtOrAfterTheInstant() {
        OffsetDateTime since = orders.get(20).updatedAt();
        OrderQuery query =
                new OrderQuery(null, Set.of(), null, null, since, OrderSort.NEWEST_FIRST, PageRequest.first(9));
        List<OrderSummary> found = DemoFixtures.allOrders(adapter, query);
        assertThat(found).isNotEmpty().allSatisfy(o -> assertThat(o.updatedAt()).isAfterOrEqualTo(since));
        assertThat(found).hasSize((int)
                orders.stream().filter(o -> !o.updatedAt().isBefore(since)).count());
    }

    static Stream<Arguments> sorts() {
        return Stream.of(OrderSortField.values())
                .flatMap(field -> Stream.of(SortDirection.values()).map(direction -> Arguments.of(field, direction)));
    }

    @ParameterizedTest
    @MethodSource("sorts")
    void everySortOrdersTheWholeListWithIdAsTieBreak(OrderSortField field, SortDirection direction) {
        OrderQuery query = new OrderQuery(
                null, Set.of(), null, null, null, new OrderSort(field, direction), PageRequest.first(30));
        List<OrderSummary> found = DemoFixtures.allOrders(adapter, query);
        Comparator<OrderSummary> expected = primary(field).thenComparing(OrderSummary::id);
        assertThat(found)
                .hasSize(orders.size())
                .isSortedAccordingTo(direction == SortDirection.ASC ? expected : expected.reversed());
    }

    private static Comparator<OrderSummary> primary(OrderSortField field) {
        return switch (field) {
            case CREATED_AT -> Comparator.comparing(OrderSummary::createdAt);
            case UPDATED_AT -> Comparator.comparing(OrderSummary::updatedAt);
            case NUMBER -> Comparator.comparingLong(summary -> Long.parseLong(summary.number()));
            case TOTAL ->
                Comparator.comparing(summary -> summary.totals().total().amount());
        };
    }

    private static Page<OrderSummary> record(List<Page<OrderSummary>> pages, Page<OrderSummary> page) {
        pages.add(page);
        return page;
    }

    private static OrderQuery query(String q, Set<OrderStatus> statuses) {
        return new OrderQuery(q, statuses, null, null, null, OrderSort.NEWEST_FIRST, PageRequest.first(25));
    }

    private OrderSummary first(OrderQuery query) {
        return adapter.listOrders(STORE, query).block().data().getFirst();
    }

    private List<String> ids(OrderQuery query) {
        return adapter.listOrders(STORE, query).block().data().stream()
                .map(OrderSummary::id)
                .toList();
    }
}
