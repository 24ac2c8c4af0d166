package io.omnicart.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.model.Capability;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.OrderSort;
import io.omnicart.core.model.OrderSortField;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.SortDirection;
import io.omnicart.testkit.simulator.seed.SeedOrder;
import io.omnicart.testkit.simulator.seed.SeededOrder;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** Listing orders: paging, status, date and sort filters, and the OmniCart meaning of {@code q}. */
public abstract class OrderListContract extends ContractGroup {

    protected OrderListContract(CommerceAdapterContract contract) {
        super(contract);
    }

    @Test
    void listsEveryOrderNewestFirstAcrossPages() {
        if (!supports(Capability.ORDERS_READ, () -> list(query(null, Set.of()), 5))) {
            return;
        }
        List<OrderSummary> orders = allPages(page -> adapter().listOrders(store(), OrderQuery.all(page)), 5);

        assertThat(orders)
                .extracting(OrderSummary::id)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(facts().orderIds(order -> true));
        assertThat(orders).extracting(OrderSummary::createdAt).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void theFirstPageHasACursorAndAnHonestTotal() {
        if (!supports(Capability.ORDERS_READ, () -> list(query(null, Set.of()), 5))) {
            return;
        }
        Page<OrderSummary> page = await(list(query(null, Set.of()), 5));

        assertThat(page.data()).hasSize(5);
        assertThat(page.nextCursor()).isNotNull();
        assertThat(page.total()).isIn(null, (long) facts().orders().size());
    }

    @Test
    void filtersByStatus() {
        if (!supports(Capability.ORDERS_READ, () -> list(query(null, Set.of(OrderStatus.PENDING)), 100))) {
            return;
        }
        for (OrderStatus status :
                List.of(OrderStatus.PENDING, OrderStatus.COMPLETED, OrderStatus.CANCELLED, OrderStatus.ARCHIVED)) {
            assertThat(ids(query(null, Set.of(status))))
                    .as("orders %s", status)
                    .containsExactlyInAnyOrderElementsOf(facts().orderIdsWithStatus(status));
        }
        List<String> closed = facts().orderIds(order -> order.state().name().startsWith("C"));
        assertThat(ids(query(null, Set.of(OrderStatus.CANCELLED, OrderStatus.COMPLETED))))
                .containsExactlyInAnyOrderElementsOf(closed);
    }

    @Test
    void findsAnOrderByItsNumberExactly() {
        SeededOrder wanted = seeded().orders().stream()
                .min(Comparator.comparing(SeededOrder::number))
                .orElseThrow();
        if (!supports(Capability.ORDERS_READ, () -> list(query(wanted.number(), Set.of()), 25))) {
            return;
        }
        List<OrderSummary> found =
                await(list(query(wanted.number(), Set.of()), 100)).data();

        assertThat(found).extracting(OrderSummary::id).containsExactly(wanted.id());
        assertThat(found).extracting(OrderSummary::number).containsExactly(wanted.number());
    }

    @Test
    void findsAnOrderByItsId() {
        SeededOrder wanted = seeded().order("pending-shipped");
        if (!supports(Capability.ORDERS_READ, () -> list(query(wanted.id(), Set.of()), 25))) {
            return;
        }
        assertThat(ids(query(wanted.id(), Set.of()))).containsExactly(wanted.id());
    }

    @Test
    void findsOrdersByAPieceOfTheEmailIgnoringCase() {
        if (!supports(Capability.ORDERS_READ, () -> list(query("JOHN.GUEST@", Set.of()), 25))) {
            return;
        }
        assertThat(ids(query("JOHN.GUEST@", Set.of())))
                .containsExactlyInAnyOrderElementsOf(
                        facts().orderIds(order -> order.email().equals(StandardSeed.JOHN_GUEST)));
    }

    @Test
    void qMatchesNeitherAddressesNorPartialNumbers() {
        if (!supports(Capability.ORDERS_READ, () -> list(query("Unter den Linden", Set.of()), 25))) {
            return;
        }
        assertThat(ids(query("Unter den Linden", Set.of()))).isEmpty();
        assertThat(ids(query("Berlin", Set.of()))).isEmpty();
    }

    @Test
    void pagesOfASearchNeitherSkipNorRepeat() {
        if (!supports(Capability.ORDERS_READ, () -> list(query("example.com", Set.of()), 2))) {
            return;
        }
        List<OrderSummary> found =
                allPages(page -> adapter().listOrders(store(), withPage(query("example.com", Set.of()), page)), 2);

        assertThat(found)
                .extracting(OrderSummary::id)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(facts().orderIds(order -> true));
    }

    @Test
    void filtersByCreationTimeWithInclusiveBounds() {
        OffsetDateTime from = at(Duration.ofDays(21));
        OffsetDateTime to = at(Duration.ofDays(9));
        OrderQuery window =
                new OrderQuery(null, Set.of(), from, to, null, OrderSort.NEWEST_FIRST, PageRequest.first(100));
        if (!supports(Capability.ORDERS_READ, () -> adapter().listOrders(store(), window))) {
            return;
        }
        List<String> expected = facts().orderIds(order -> !order.createdAt().isBefore(from.toInstant())
                && !order.createdAt().isAfter(to.toInstant()));
        assertThat(ids(window)).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);

        SeedOrder oldest = facts().order("completed-delivered");
        OffsetDateTime exactly = oldest.createdAt().atOffset(ZoneOffset.UTC);
        OrderQuery onTheBound =
                new OrderQuery(null, Set.of(), exactly, exactly, null, OrderSort.NEWEST_FIRST, PageRequest.first(100));
        assertThat(ids(onTheBound))
                .containsExactly(seeded().order("completed-delivered").id());
    }

    @Test
    void filtersByLastUpdate() {
        OrderQuery future = new OrderQuery(
                null, Set.of(), null, null, at(Duration.ofDays(-1)), OrderSort.NEWEST_FIRST, PageRequest.first(100));
        if (!supports(Capability.ORDERS_READ, () -> adapter().listOrders(store(), future))) {
            return;
        }
        assertThat(ids(future)).isEmpty();
        OrderQuery lastYear = new OrderQuery(
                null, Set.of(), null, null, at(Duration.ofDays(365)), OrderSort.NEWEST_FIRST, PageRequest.first(100));
        assertThat(ids(lastYear)).hasSize(facts().orders().size());
    }

    @Test
    void sortsOldestFirstOnRequest() {
        OrderQuery oldestFirst = new OrderQuery(
                null,
                Set.of(),
                null,
                null,
                null,
                new OrderSort(OrderSortField.CREATED_AT, SortDirection.ASC),
                PageRequest.first(100));
        if (!supports(Capability.ORDERS_READ, () -> adapter().listOrders(store(), oldestFirst))) {
            return;
        }
        List<OrderSummary> orders =
                await(adapter().listOrders(store(), oldestFirst)).data();

        assertThat(orders).extracting(OrderSummary::createdAt).isSorted();
        assertThat(orders.getFirst().id())
                .isEqualTo(seeded().order("completed-delivered").id());
    }

    private static OrderQuery query(@Nullable String q, Set<OrderStatus> statuses) {
        return new OrderQuery(q, statuses, null, null, null, OrderSort.NEWEST_FIRST, PageRequest.first(100));
    }

    private static OrderQuery withPage(OrderQuery query, PageRequest page) {
        return new OrderQuery(
                query.q(),
                query.statuses(),
                query.createdFrom(),
                query.createdTo(),
                query.updatedSince(),
                query.sort(),
                page);
    }

    private Mono<Page<OrderSummary>> list(OrderQuery query, int limit) {
        return adapter().listOrders(store(), withPage(query, PageRequest.first(limit)));
    }

    private List<String> ids(OrderQuery query) {
        return allPages(page -> adapter().listOrders(store(), withPage(query, page)), 100).stream()
                .map(OrderSummary::id)
                .toList();
    }

    private OffsetDateTime at(Duration ago) {
        return contract().now().minus(ago).atOffset(ZoneOffset.UTC);
    }

    private SeedFacts facts() {
        return new SeedFacts(seeded());
    }
}
