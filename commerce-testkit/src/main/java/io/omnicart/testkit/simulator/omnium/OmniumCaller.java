package io.omnicart.testkit.simulator.omnium;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The API user whose request is being served (set by the router under the store lock), and the market scope it
 * implies (reference §1: a user scoped to market {@code US} cannot read data tagged with market {@code UK}). Entities
 * without a {@code marketId} are visible to everyone.
 */
final class OmniumCaller {

    private final OmniumOptions options;
    private @Nullable Set<String> markets;

    OmniumCaller(OmniumOptions options) {
        this.options = options;
    }

    void enter(OmniumApiUsers.User user) {
        markets = user.markets().stream()
                .map(market -> market.toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    void leave() {
        markets = null;
    }

    /** Whether the caller may see an entity with this {@code marketId}. */
    boolean sees(JsonNode entity) {
        Set<String> scope = markets;
        if (scope == null || scope.isEmpty()) {
            return true;
        }
        JsonNode market = entity.get("marketId");
        return market == null
                || market.isNull()
                || scope.contains(market.asString().toUpperCase(Locale.ROOT));
    }

    /** The entities the caller may see, in order. */
    <T extends JsonNode> List<T> visible(List<T> entities) {
        Set<String> scope = markets;
        if (scope == null || scope.isEmpty()) {
            return entities;
        }
        return entities.stream().filter(this::sees).toList();
    }

    /** The entity, or the configured scope refusal (403) when it belongs to a market outside the caller's roles. */
    <T extends JsonNode> T check(T entity) {
        if (!sees(entity)) {
            throw new OmniumFailure(options.marketScopeStatus(), "The API user has no access to this market");
        }
        return entity;
    }
}
