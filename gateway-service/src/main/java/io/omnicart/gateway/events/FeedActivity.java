package io.omnicart.gateway.events;

import io.omnicart.core.port.AccountKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each account was last used (API traffic) and which workspaces have SSE subscribers, so the scheduler polls
 * accounts in use often and idle ones rarely. Bounded by the number of accounts the instance has seen.
 */
public final class FeedActivity {

    private final Map<AccountKey, Instant> lastUsed = new ConcurrentHashMap<>();
    private final Map<String, Integer> subscribers = new ConcurrentHashMap<>();
    private final Clock clock;

    public FeedActivity(Clock clock) {
        this.clock = clock;
    }

    /** The account served an API call now. */
    public void used(AccountKey account) {
        lastUsed.put(account, clock.instant());
    }

    void subscribed(String workspaceId) {
        subscribers.merge(workspaceId, 1, Integer::sum);
    }

    void unsubscribed(String workspaceId) {
        subscribers.computeIfPresent(workspaceId, (ws, count) -> count <= 1 ? null : count - 1);
    }

    boolean inUse(AccountKey account, Duration idleAfter) {
        if (subscribers.containsKey(account.workspaceId())) {
            return true;
        }
        Instant used = lastUsed.get(account);
        return used != null && used.isAfter(clock.instant().minus(idleAfter));
    }

    /** Accounts used since this instance started. */
    Set<AccountKey> used() {
        return Set.copyOf(lastUsed.keySet());
    }

    /** Workspaces with an SSE subscriber now. */
    Set<String> subscribedWorkspaces() {
        return Set.copyOf(subscribers.keySet());
    }
}
