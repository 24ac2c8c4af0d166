package io.omnicart.gateway.events;

import io.omnicart.core.port.AccountKey;
import reactor.core.publisher.Mono;

/**
 * Who polls an account: exactly one instance of the fleet at a time. A lease is taken or renewed before each page of a
 * poll and lapses when its holder stops renewing, so another instance takes over within two poll intervals.
 */
public interface FeedLease {

    /** Takes the account's lease, or renews it when this instance holds it; emits false when another one does. */
    Mono<Boolean> hold(AccountKey account);

    /** The single instance of an embedded run holds every lease. */
    static FeedLease single() {
        return account -> Mono.just(true);
    }
}
