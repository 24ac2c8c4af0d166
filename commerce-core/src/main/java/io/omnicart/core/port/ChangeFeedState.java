package io.omnicart.core.port;

import io.omnicart.core.model.ChangeResource;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What the change feed must not forget across restarts: per account a watermark per resource kind, and the last
 * version seen of each resource, so a change is neither lost nor reported twice. Cold publishers.
 */
public interface ChangeFeedState {

    /** The watermark of {@code resource} on the account; empty before its first poll. */
    Mono<Instant> watermark(AccountKey account, ChangeResource resource);

    Mono<Void> saveWatermark(AccountKey account, ChangeResource resource, Instant watermark);

    /** The last version seen of the resource {@code resourceId} (of any kind); empty when never seen. */
    Mono<SeenVersion> seen(AccountKey account, String resourceId);

    Mono<Void> saveSeen(AccountKey account, String resourceId, SeenVersion seen);

    /** Every stored account, for the feed's background polling (the built-in demo store is not among them). */
    Flux<AccountKey> accounts();
}
