package io.omnicart.adapter.medusa.mapping;

import static io.omnicart.adapter.medusa.MedusaSamples.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.adapter.medusa.client.MedusaQuery;
import io.omnicart.adapter.medusa.model.MedusaOrder;
import io.omnicart.core.error.InvalidRequest;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.OrderSort;
import io.omnicart.core.model.OrderSortField;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.SortDirection;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MedusaSearchAndPagingTest {

    private final List<MedusaOrder> guestOrders = list("admin-orders-list-q-partial", "orders", MedusaOrder.class);

    @Test
    void anEmailFragmentMatchesCaseInsensitively() {
        assertThat(guestOrders).allMatch(order -> MedusaSearch.orderMatches(order, "GUEST@example"));
    }

    @Test
    void anExactEmailMatchesAndAnotherCustomersDoesNot() {
        List<MedusaOrder> janes = list("admin-orders-list-q-email", "orders", MedusaOrder.class);

        assertThat(janes).isNotEmpty().allMatch(order -> MedusaSearch.orderMatches(order, "jane.doe@example.com"));
        assertThat(janes).noneMatch(order -> MedusaSearch.orderMatches(order, "john.guest@example.com"));
    }

    @Test
    void aNumberMatchesOnlyExactlyWithOrWithoutHash() {
        MedusaOrder second = guestOrders.stream()
                .filter(order -> order.displayId() == 2)
                .findFirst()
                .orElseThrow();

        assertThat(MedusaSearch.orderMatches(second, "2")).isTrue();
        assertThat(MedusaSearch.orderMatches(second, "#2")).isTrue();
        assertThat(MedusaSearch.orderMatches(second, "22")).isFalse();
        assertThat(MedusaSearch.orderMatches(second, second.id())).isTrue();
        assertThat(MedusaSearch.orderMatches(second, "Toronto")).isFalse();
    }

    @Test
    void orderIdsUseTheExactIdFilter() {
        assertThat(MedusaSearch.isOrderId("order_01M83QKMYJBVN6Z01CTTR2D30C")).isTrue();
        assertThat(MedusaSearch.isOrderId("jane@example.com")).isFalse();
        assertThat(MedusaSearch.upstreamOrderQuery(" #12 ")).isEqualTo("12");
        assertThat(MedusaSearch.upstreamCustomerQuery("Jane Doe")).isEqualTo("Jane");
    }

    @Test
    void filtersUseMedusaSpellingsAndUtcInstants() {
        OrderQuery query = new OrderQuery(
                null,
                Set.of(OrderStatus.CANCELLED, OrderStatus.PENDING),
                OffsetDateTime.parse("2026-11-01T00:00:00+01:00"),
                null,
                null,
                new OrderSort(OrderSortField.NUMBER, SortDirection.ASC),
                PageRequest.first(25));

        MedusaQuery medusa = MedusaOrderFilters.toQuery(query, "id").page(25, 0);

        assertThat(medusa.encode())
                .contains("status%5B%5D=pending", "status%5B%5D=canceled")
                .doesNotContain("cancelled")
                .contains("created_at%5B%24gte%5D=2026-10-31T23%3A00%3A00Z")
                .contains("order=display_id", "limit=25", "offset=0");
    }

    @Test
    void sortingByTotalIsRefusedBeforeMedusaAnswers500() {
        OrderSort byTotal = new OrderSort(OrderSortField.TOTAL, SortDirection.DESC);

        assertThatThrownBy(() -> MedusaOrderFilters.order(byTotal))
                .isInstanceOfSatisfying(
                        InvalidRequest.class,
                        e -> assertThat(e.errors())
                                .extracting(error -> error.field())
                                .containsExactly("sort"));
    }

    @Test
    void fieldsKeepTheirPlusSigns() {
        assertThat(MedusaQuery.fields("+email,*customer").with("q", "a b").encode())
                .isEqualTo("fields=%2Bemail%2C*customer&q=a%20b");
    }

    @Test
    void cursorsRoundTrip() {
        assertThat(MedusaCursor.decode(MedusaCursor.encode(150))).isEqualTo(150);
        assertThat(MedusaCursor.decode(null)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%%%", "bzotMQ", "eDox", "o:12"})
    void foreignCursorsAreInvalid(String cursor) {
        assertThatThrownBy(() -> MedusaCursor.decode(cursor))
                .isInstanceOfSatisfying(
                        InvalidRequest.class, e -> assertThat(e.code()).isEqualTo(InvalidRequest.INVALID_CURSOR));
    }
}
