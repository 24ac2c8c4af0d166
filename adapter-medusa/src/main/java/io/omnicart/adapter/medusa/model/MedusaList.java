package io.omnicart.adapter.medusa.model;

import java.util.List;

/**
 * One page of a Medusa list route: {@code {"<plural>": [...], "count", "offset", "limit"}} (reference §3.1), with the
 * rows decoded. {@code count} is the number of rows matching the filters, not the page size.
 */
public record MedusaList<T>(List<T> items, long count, long offset, long limit) {

    public MedusaList {
        items = List.copyOf(items);
    }
}
