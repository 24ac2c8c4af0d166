package io.omnicart.adapter.medusa.mapping;

import io.omnicart.adapter.medusa.client.MedusaQuery;
import io.omnicart.adapter.medusa.error.MedusaErrorTranslator;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.OrderSort;
import io.omnicart.core.model.SortDirection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * An order search as Medusa filters (reference §5.1): {@code status[]} in Medusa's spelling, {@code created_at} and
 * {@code updated_at} operator maps (bounds inclusive), {@code order=±field}. {@code q} is handled by the caller, since
 * its OmniCart meaning needs post-filtering ({@link MedusaSearch}).
 */
public final class MedusaOrderFilters {

    private MedusaOrderFilters() {}

    public static MedusaQuery toQuery(OrderQuery query, String fields) {
        return MedusaQuery.fields(fields)
                .withEach("status", MedusaStatusMapper.medusaStatuses(query.statuses()))
                .with("created_at[$gte]", instant(query.createdFrom()))
                .with("created_at[$lte]", instant(query.createdTo()))
                .with("updated_at[$gte]", instant(query.updatedSince()))
                .with("order", order(query.sort()));
    }

    /** Medusa's {@code order} value; it cannot sort by the computed total. */
    static String order(OrderSort sort) {
        String field = switch (sort.field()) {
            case CREATED_AT -> "created_at";
            case UPDATED_AT -> "updated_at";
            case NUMBER -> "display_id";
            case TOTAL ->
                throw MedusaErrorTranslator.invalidField(
                        "sort", "Medusa cannot sort orders by total; sort by createdAt, updatedAt or number");
        };
        return (sort.direction() == SortDirection.DESC ? "-" : "") + field;
    }

    /** An instant in UTC ({@code 2026-11-23T08:12:11Z}), as Medusa's date operators take it. */
    public static @Nullable String instant(@Nullable OffsetDateTime at) {
        return at == null
                ? null
                : at.withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
    }
}
