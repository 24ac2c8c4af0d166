package io.omnicart.gateway.cache;

/**
 * One cached response: the caller's account scope, the account's generation (bumped by every successful write, which
 * evicts all older entries at once) and the path with its normalized query.
 */
public record CacheKey(AccountScope scope, long generation, ResourceKind kind, String pathAndQuery) {

    String value() {
        return scope.tag() + ":" + generation + ":" + pathAndQuery;
    }
}
