package io.omnicart.adapter.omnium.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The search wrapper {@code {result, totalHits, facets, scrollId}} of every {@code …/Search} and scroll answer
 * (reference §2), with the rows decoded. {@code scrollId} is a scroll continuation, null when there is none.
 */
public record OmniumSearchResult<T>(
        List<T> result, long totalHits, @Nullable String scrollId) {

    public OmniumSearchResult {
        result = List.copyOf(result);
    }

    @Override
    public String toString() {
        return "OmniumSearchResult[" + result.size() + " rows, totalHits=" + totalHits + "]";
    }
}
