package io.omnicart.testkit.simulator.omnium;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tenant's API users (reference §1): client id, secret and roles. The simulator's own user is {@code ApiOwner}
 * (every role); tests add users with fewer roles to provoke 403s, or with {@code market-<id>} roles to narrow what they
 * see.
 */
final class OmniumApiUsers {

    /** One API user. Market scope applies when the roles name markets ({@code market-<id>}) but not AllMarkets. */
    record User(String clientId, String clientSecret, Set<String> roles) {

        User {
            roles = Set.copyOf(roles);
        }

        Set<String> markets() {
            if (roles.contains("ApiOwner") || roles.contains("AllMarkets")) {
                return Set.of();
            }
            return roles.stream()
                    .filter(role -> role.regionMatches(true, 0, "market-", 0, 7))
                    .map(role -> role.substring(7))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
    }

    private final User owner;
    private final Map<String, User> users = new ConcurrentHashMap<>();

    OmniumApiUsers(String clientId, String clientSecret) {
        this.owner = new User(clientId, clientSecret, Set.of("ApiOwner"));
        reset();
    }

    void add(User user) {
        users.put(user.clientId(), user);
    }

    Optional<User> user(String clientId) {
        return Optional.ofNullable(users.get(clientId));
    }

    /** The user these credentials authenticate, if they are right. */
    Optional<User> authenticate(String clientId, String clientSecret) {
        User user = users.get(clientId);
        return user != null && user.clientSecret().equals(clientSecret) ? Optional.of(user) : Optional.empty();
    }

    /** Back to the simulator's own user only. */
    void reset() {
        users.clear();
        users.put(owner.clientId(), owner);
    }
}
