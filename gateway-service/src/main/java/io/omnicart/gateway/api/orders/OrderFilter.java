package io.omnicart.gateway.api.orders;

import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.OrderSort;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.PageRequest;
import io.omnicart.gateway.api.paging.ListScope;
import io.omnicart.gateway.api.validation.Checks;
import io.omnicart.gateway.api.validation.DateParams;
import io.omnicart.gateway.api.validation.QueryValues;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The validated filters of {@code GET /orders} (and of nothing else: customer orders take only a page). */
record OrderFilter(
        @Nullable String q,
        Set<OrderStatus> statuses,
        @Nullable OffsetDateTime createdFrom,
        @Nullable OffsetDateTime createdTo,
        @Nullable OffsetDateTime updatedSince,
        OrderSort sort) {

    static final int MAX_Q = 200;

    static OrderFilter parse(
            Checks checks,
            @Nullable String q,
            @Nullable List<String> status,
            @Nullable String createdFrom,
            @Nullable String createdTo,
            @Nullable String updatedSince,
            @Nullable String sort) {
        OrderFilter filter = new OrderFilter(
                checks.text("q", q, MAX_Q),
                QueryValues.enums(checks, "status", status, OrderStatus.class),
                DateParams.from(checks, "createdFrom", createdFrom),
                DateParams.to(checks, "createdTo", createdTo),
                DateParams.from(checks, "updatedSince", updatedSince),
                QueryValues.sort(checks, sort));
        DateParams.ordered(checks, filter.createdFrom(), filter.createdTo(), "createdFrom", "createdTo");
        return filter;
    }

    ListScope scope() {
        return ListScope.of("orders")
                .with("q", q)
                .with("status", statuses)
                .with("createdFrom", createdFrom)
                .with("createdTo", createdTo)
                .with("updatedSince", updatedSince)
                .with("sort", sort.wire());
    }

    OrderQuery query(PageRequest page) {
        return new OrderQuery(q, statuses, createdFrom, createdTo, updatedSince, sort, page);
    }
}
