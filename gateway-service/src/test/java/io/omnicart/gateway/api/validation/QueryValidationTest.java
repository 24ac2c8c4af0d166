package io.omnicart.gateway.api.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.core.error.FieldError;
import io.omnicart.core.error.InvalidRequest;
import io.omnicart.core.model.OrderSort;
import io.omnicart.core.model.OrderSortField;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.SortDirection;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryValidationTest {

    private final Checks checks = new Checks();

    @ParameterizedTest
    @CsvSource({"1,1", "25,25", "100,100", "' 7 ',7"})
    void validLimits(String raw, int expected) {
        assertThat(checks.limit(raw)).isEqualTo(expected);
        assertThat(checks.isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "ten", "1.5", "99999999999", "1e2"})
    void invalidLimits(String raw) {
        checks.limit(raw);
        assertThat(checks.errors()).extracting(FieldError::field).containsExactly("limit");
    }

    @Test
    void anAbsentLimitIsTheDefault() {
        assertThat(checks.limit(null)).isEqualTo(25);
        assertThat(checks.limit("")).isEqualTo(25);
    }

    @Test
    void statusesAreSplitAndParsedByWireName() {
        var statuses = QueryValues.enums(
                checks, "status", List.of("pending, completed", "requires_action", ""), OrderStatus.class);

        assertThat(statuses)
                .containsExactlyInAnyOrder(OrderStatus.PENDING, OrderStatus.COMPLETED, OrderStatus.REQUIRES_ACTION);
        assertThat(checks.isValid()).isTrue();
        QueryValues.enums(checks, "status", List.of("PENDING", "shipped"), OrderStatus.class);
        assertThat(checks.errors())
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.field()).isEqualTo("status"));
    }

    @Test
    void sortNamesAFieldAndADirection() {
        assertThat(QueryValues.sort(checks, null)).isEqualTo(OrderSort.NEWEST_FIRST);
        assertThat(QueryValues.sort(checks, "total")).isEqualTo(new OrderSort(OrderSortField.TOTAL, SortDirection.ASC));
        assertThat(QueryValues.sort(checks, "-number"))
                .isEqualTo(new OrderSort(OrderSortField.NUMBER, SortDirection.DESC));
        assertThat(checks.isValid()).isTrue();
        QueryValues.sort(checks, "--total");
        QueryValues.sort(checks, "price");
        assertThat(checks.errors()).extracting(FieldError::field).containsExactly("sort", "sort");
    }

    @Test
    void theWindowIsOneToThreeHundredSixtyFiveDays() {
        assertThat(QueryValues.window(checks, null)).isEqualTo(Duration.ofDays(30));
        assertThat(QueryValues.window(checks, "1d")).isEqualTo(Duration.ofDays(1));
        assertThat(QueryValues.window(checks, "365d")).isEqualTo(Duration.ofDays(365));
        assertThat(checks.isValid()).isTrue();
        List.of("0d", "366d", "30", "d", "1000d", "7w", "-1d").forEach(raw -> QueryValues.window(checks, raw));
        assertThat(checks.errors()).hasSize(7);
    }

    @Test
    void datesAcceptOffsetsAndPlainDays() {
        assertThat(DateParams.from(checks, "createdFrom", "2026-11-23T09:12:11+01:00"))
                .isEqualTo(OffsetDateTime.parse("2026-11-23T08:12:11Z"));
        assertThat(DateParams.from(checks, "createdFrom", "2026-11-23"))
                .isEqualTo(OffsetDateTime.parse("2026-11-23T00:00:00Z"));
        assertThat(DateParams.to(checks, "createdTo", "2026-11-23"))
                .isEqualTo(OffsetDateTime.parse("2026-11-23T23:59:59.999999999Z"));
        assertThat(DateParams.from(checks, "createdFrom", null)).isNull();
        assertThat(checks.isValid()).isTrue();
        List.of("2026-11-23T08:12:11", "23.11.2026", "2026-02-30", "now")
                .forEach(raw -> DateParams.from(checks, "updatedSince", raw));
        assertThat(checks.errors()).hasSize(4);
    }

    @Test
    void fromMustNotBeAfterTo() {
        DateParams.ordered(
                checks,
                OffsetDateTime.parse("2026-11-02T00:00:00Z"),
                OffsetDateTime.parse("2026-11-01T00:00:00Z"),
                "createdFrom",
                "createdTo");

        assertThat(checks.errors()).extracting(FieldError::field).containsExactly("createdTo");
    }

    @Test
    void idsAndTextAreBounded() {
        checks.id("orderId", "order_01J:ab-c.d");
        assertThat(checks.optionalId("collectionId", " ")).isNull();
        assertThat(checks.text("q", "  linen  ", 200)).isEqualTo("linen");
        assertThat(checks.isValid()).isTrue();
        checks.id("orderId", "a/b");
        checks.id("orderId", "x".repeat(129));
        checks.optionalId("collectionId", "bad id");
        checks.text("q", "x".repeat(201), 200);
        assertThat(checks.errors())
                .extracting(FieldError::field)
                .containsExactly("orderId", "orderId", "collectionId", "q");
    }

    @Test
    void allErrorsAreThrownTogether() {
        checks.limit("0");
        checks.reject("sort", "bad");

        assertThatThrownBy(checks::throwIfInvalid).isInstanceOfSatisfying(InvalidRequest.class, e -> {
            assertThat(e.code()).isEqualTo("validation_failed");
            assertThat(e.errors()).extracting(FieldError::field).containsExactly("limit", "sort");
        });
    }
}
