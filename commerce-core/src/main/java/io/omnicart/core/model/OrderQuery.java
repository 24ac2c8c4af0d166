package io.omnicart.core.model;

import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An order search. {@code q} matches an order id or number exactly, or a customer e-mail case-insensitively as a
 * substring; an empty {@code statuses} means every status; date bounds are inclusive.
 */
public record OrderQuery(
        @Nullable String q,
        Set<OrderStatus> statuses,
        @Nullable OffsetDateTime createdFrom,
        @Nullable OffsetDateTime createdTo,
        @Nullable OffsetDateTime updatedSince,
        OrderSort sort,
        PageRequest page) {

    public OrderQuery {
        statuses = Set.copyOf(statuses);
    }

    public static OrderQuery all(PageRequest page) {
        return new OrderQuery(null, Set.of(), null, null, null, OrderSort.NEWEST_FIRST, page);
    }
}
