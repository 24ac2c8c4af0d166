package io.omnicart.adapter.omnium.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.adapter.omnium.model.OmniumOrder;
import io.omnicart.adapter.omnium.model.OmniumOrderSearchRequest;
import io.omnicart.core.error.InvalidRequest;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.OrderSort;
import io.omnicart.core.model.OrderSortField;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.SortDirection;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OmniumSearchAndPagingTest {

    private final OmniumStatusRules rules = OmniumStatusRules.defaults();

    @Test
    void cursorsRoundTripAndRefuseForeignValues() {
        OmniumCursor scroll = OmniumCursor.scroll("abc==/+", 100, 1_900, 12_000);
        OmniumCursor seek = OmniumCursor.seek("2026-01-01T00:00:00.001Z", List.of("B1", "B2"), 12_000);

        assertThat(OmniumCursor.decode(scroll.encode())).isEqualTo(scroll);
        assertThat(OmniumCursor.decode(seek.encode())).isEqualTo(seek);
        assertThat(OmniumCursor.decode(null)).isEqualTo(OmniumCursor.offset(0));
        assertThat(OmniumCursor.decode(OmniumCursor.offset(9_900).encode()).offset())
                .isEqualTo(9_900);
        assertThat(scroll.toString()).doesNotContain("abc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%%%", "bzoxMA", "eyJraW5kIjoib2Zmc2V0Iiwib2Zmc2V0IjotMX0", "e30"})
    void malformedCursorsAreInvalidCursor(String cursor) {
        assertThatThrownBy(() -> OmniumCursor.decode(cursor))
                .isInstanceOfSatisfying(
                        InvalidRequest.class,
                        invalid -> assertThat(invalid.code()).isEqualTo(InvalidRequest.INVALID_CURSOR));
    }

    @Test
    void aCursorForgedWithAnUnknownKindIsInvalid() {
        String forged = Base64.getUrlEncoder()
                .encodeToString("{\"kind\":\"teleport\",\"offset\":5}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> OmniumCursor.decode(forged)).isInstanceOf(InvalidRequest.class);
    }

    @Test
    void statusesBecomeStatusListsAndTheArchiveTag() {
        OmniumOrderSearchRequest cancelled = plan(Set.of(OrderStatus.CANCELLED)).request();
        assertThat(cancelled.selectedStatuses())
                .contains("OrderCanceled", "Expired")
                .doesNotContain("Completed");
        assertThat(cancelled.excludedTags()).containsExactly("archived");

        OmniumOrderSearchRequest pending = plan(Set.of(OrderStatus.PENDING)).request();
        assertThat(pending.selectedStatuses()).isNull();
        assertThat(pending.excludedStatuses()).contains("OrderCanceled", "Completed");

        OmniumOrderSearchRequest archived = plan(Set.of(OrderStatus.ARCHIVED)).request();
        assertThat(archived.tags()).containsExactly("archived");
        assertThat(archived.selectedStatuses()).isNull();

        assertThat(plan(Set.of(OrderStatus.ARCHIVED, OrderStatus.PENDING)).postFilter())
                .isTrue();
        assertThat(plan(Set.of(OrderStatus.DRAFT)).empty()).isTrue();
        OmniumOrderSearchRequest any = plan(Set.of()).request();
        assertThat(any.selectedStatuses()).isNull();
        assertThat(any.excludedTags()).isNull();
        assertThat(any.disableFacets()).isTrue();
    }

    @Test
    void datesAreInclusiveAndSortsAreOmniumsOwn() {
        OffsetDateTime from = OffsetDateTime.parse("2026-11-01T00:00:00Z");
        OffsetDateTime to = OffsetDateTime.parse("2026-11-02T00:00:00Z");
        OrderQuery query = new OrderQuery(
                null,
                Set.of(),
                from,
                to,
                from,
                new OrderSort(OrderSortField.UPDATED_AT, SortDirection.ASC),
                PageRequest.first(10));

        OmniumOrderSearchRequest request =
                OmniumOrderFilters.plan(query, rules, null, null).request();

        assertThat(request.createdFrom()).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(request.createdTo()).isEqualTo("2026-11-02T00:00:00.001Z");
        assertThat(request.modifiedFrom()).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(request.sortOrder()).isEqualTo("ModifiedAscending");
        OrderQuery byTotal = new OrderQuery(
                null,
                Set.of(),
                null,
                null,
                null,
                new OrderSort(OrderSortField.TOTAL, SortDirection.DESC),
                PageRequest.first(10));
        assertThatThrownBy(() -> OmniumOrderFilters.plan(byTotal, rules, null, null))
                .isInstanceOfSatisfying(
                        InvalidRequest.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(error -> error.field())
                                .containsExactly("sort"));
    }

    @Test
    void aSeekResumesNewestFirstBelowTheLastRowAndRemembersItsMillisecond() {
        List<OmniumOrder> page = List.of(
                order("A", "2026-11-01T10:00:00.500Z"),
                order("B", "2026-11-01T10:00:00.0004Z"),
                order("C", "2026-11-01T10:00:00.0001Z"));
        OmniumOrderSeek seek = OmniumOrderSeek.of("CreatedDescending");
        OmniumOrderSearchRequest search = plan(Set.of()).request();

        String boundary = seek.boundary(page);
        OmniumOrderSearchRequest from = seek.from(search, boundary);

        assertThat(seek.seen(page)).containsExactly("B", "C");
        assertThat(from.createdTo()).isEqualTo("2026-11-01T10:00:00.001Z");
        assertThat(from.createdFrom()).isNull();
    }

    @Test
    void aSeekResumesOldestFirstAtTheLastRowKeepingTighterBounds() {
        List<OmniumOrder> page = List.of(order("A", "2026-11-01T10:00:00Z"), order("B", "2026-11-01T11:00:00Z"));
        OmniumOrderSeek seek = OmniumOrderSeek.of("CreatedAscending");
        OmniumOrderSearchRequest search = plan(Set.of()).request().withRange("2026-11-01T12:00:00Z", null, null, null);

        OmniumOrderSearchRequest from = seek.from(search, seek.boundary(page));

        assertThat(from.createdFrom()).as("the caller's later bound wins").isEqualTo("2026-11-01T12:00:00Z");
        assertThat(seek.seen(page)).containsExactly("B");
    }

    private OmniumOrderFilters.Plan plan(Set<OrderStatus> statuses) {
        OrderQuery query =
                new OrderQuery(null, statuses, null, null, null, OrderSort.NEWEST_FIRST, PageRequest.first(10));
        return OmniumOrderFilters.plan(query, rules, null, null);
    }

    private static OmniumOrder order(String id, String created) {
        return new OmniumOrder(
                id, id, "New", "Online", null, null, null, null, null, null, null, null, "EUR", null, null, created,
                created, null, null, null, null, null, null);
    }
}
