package io.omnicart.adapter.omnium.mapping;

import io.omnicart.adapter.omnium.error.OmniumErrorTranslator;
import io.omnicart.adapter.omnium.model.OmniumOrderSearchRequest;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.OrderSortField;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.SortDirection;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An OmniCart order query as an {@code OmniumOrderSearchRequest} (reference §5.8): statuses become status lists
 * through the tenant's {@link OmniumStatusRules} and the {@value OmniumStatusRules#ARCHIVED_TAG} tag, creation bounds
 * {@code createdFrom}/{@code createdTo} (made inclusive: Omnium's upper bound may be exclusive, §13), {@code
 * updatedSince} {@code modifiedFrom}, the sort {@code Created…}/{@code Modified…}. Facets are always off. Pure.
 */
public final class OmniumOrderFilters {

    /** What a status set asks of Omnium, and whether the rows still need the normalized status checked. */
    public record Plan(OmniumOrderSearchRequest request, boolean postFilter, boolean empty) {}

    private static final Set<OrderStatus> LISTED =
            EnumSet.of(OrderStatus.PENDING, OrderStatus.COMPLETED, OrderStatus.CANCELLED, OrderStatus.ARCHIVED);

    private OmniumOrderFilters() {}

    public static Plan plan(
            OrderQuery query, OmniumStatusRules rules, @Nullable String searchText, @Nullable String customerId) {
        Set<OrderStatus> wanted = EnumSet.noneOf(OrderStatus.class);
        query.statuses().stream().filter(LISTED::contains).forEach(wanted::add);
        boolean none = !query.statuses().isEmpty() && wanted.isEmpty();
        boolean all = wanted.isEmpty() || wanted.containsAll(LISTED);
        Statuses statuses = all ? Statuses.ANY : statuses(wanted, rules);
        OmniumOrderSearchRequest request = new OmniumOrderSearchRequest(
                null,
                null,
                sortOrder(query),
                true,
                searchText,
                customerId,
                statuses.selected(),
                statuses.excluded(),
                statuses.tags(),
                statuses.excludedTags(),
                time(query.createdFrom()),
                inclusiveUpper(query.createdTo()),
                time(query.updatedSince()),
                null);
        return new Plan(request, statuses.postFilter(), none);
    }

    /** {@code CreatedDescending} and friends; Omnium sorts orders by creation or modification only (reference §2). */
    public static String sortOrder(OrderQuery query) {
        OrderSortField field = query.sort().field();
        String direction = query.sort().direction() == SortDirection.ASC ? "Ascending" : "Descending";
        return switch (field) {
            case CREATED_AT -> "Created" + direction;
            case UPDATED_AT -> "Modified" + direction;
            default ->
                throw OmniumErrorTranslator.invalidField(
                        "sort", "Omnium sorts orders by createdAt or updatedAt only, not " + field.wire());
        };
    }

    private record Statuses(
            @Nullable List<String> selected,
            @Nullable List<String> excluded,
            @Nullable List<String> tags,
            @Nullable List<String> excludedTags,
            boolean postFilter) {
        static final Statuses ANY = new Statuses(null, null, null, null, false);
    }

    private static Statuses statuses(Set<OrderStatus> wanted, OmniumStatusRules rules) {
        List<String> archived = List.of(OmniumStatusRules.ARCHIVED_TAG);
        if (wanted.equals(EnumSet.of(OrderStatus.ARCHIVED))) {
            return new Statuses(null, null, archived, null, false);
        }
        if (wanted.contains(OrderStatus.ARCHIVED)) {
            // "archived or <status>" has no single Omnium filter: read everything and keep the matches
            return new Statuses(null, null, null, null, true);
        }
        List<String> closed = new ArrayList<>();
        if (wanted.contains(OrderStatus.CANCELLED)) {
            closed.addAll(rules.canceledNames());
        }
        if (wanted.contains(OrderStatus.COMPLETED)) {
            closed.addAll(rules.deliveredNames());
        }
        if (!wanted.contains(OrderStatus.PENDING)) {
            return new Statuses(sorted(closed), null, null, archived, false);
        }
        List<String> others = new ArrayList<>();
        if (!wanted.contains(OrderStatus.CANCELLED)) {
            others.addAll(rules.canceledNames());
        }
        if (!wanted.contains(OrderStatus.COMPLETED)) {
            others.addAll(rules.deliveredNames());
        }
        return new Statuses(null, sorted(others), null, archived, false);
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().distinct().sorted().toList();
    }

    static @Nullable String time(@Nullable OffsetDateTime time) {
        return time == null ? null : OmniumTimes.text(time);
    }

    /** An inclusive upper bound sent as an exclusive one: a millisecond later. */
    static @Nullable String inclusiveUpper(@Nullable OffsetDateTime time) {
        return time == null
                ? null
                : OmniumTimes.text(OmniumTimes.millis(time.toInstant()).plus(Duration.ofMillis(1)));
    }
}
