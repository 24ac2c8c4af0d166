package io.omnicart.gateway.cache;

import java.util.List;
import java.util.Optional;

/** What a store GET reads, by the path segments after {@code /v1/accounts/{accountId}/}; it picks the TTL. */
public enum ResourceKind {
    LIST,
    DETAIL,
    SETTINGS,
    OVERVIEW,
    CAPABILITIES;

    /** The kind of {@code segments} (after the account id), empty for paths that are never cached. */
    static Optional<ResourceKind> of(List<String> segments) {
        if (segments.isEmpty() || segments.getFirst().equals("raw")) {
            return Optional.empty();
        }
        if (segments.size() > 1) {
            return Optional.of(DETAIL);
        }
        return Optional.of(
                switch (segments.getFirst()) {
                    case "overview" -> OVERVIEW;
                    case "settings" -> SETTINGS;
                    case "capabilities" -> CAPABILITIES;
                    default -> LIST;
                });
    }

    /** Whether an entry near its expiry is refreshed by one request while the others are still served it. */
    boolean revalidatesEarly() {
        return this == OVERVIEW;
    }
}
