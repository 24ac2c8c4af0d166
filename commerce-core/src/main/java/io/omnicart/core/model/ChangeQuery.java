package io.omnicart.core.model;

import java.time.Instant;

/**
 * Which changes to read: resources of {@code resource} modified at or after {@code since} (inclusive, so a caller
 * re-reads the last instant it saw and dedupes), oldest modification first, at most {@code limit} (1–100).
 */
public record ChangeQuery(ChangeResource resource, Instant since, int limit) {

    public ChangeQuery {
        if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + PageRequest.MAX_LIMIT);
        }
    }
}
