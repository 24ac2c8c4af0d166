package io.omnicart.gateway.events;

import io.omnicart.core.model.ChangeBatch;
import io.omnicart.core.model.ChangeQuery;
import io.omnicart.core.model.ChangeResource;
import io.omnicart.core.model.ResourceChange;
import io.omnicart.core.port.AccountKey;
import io.omnicart.core.port.ChangeFeedState;
import io.omnicart.core.port.SeenVersion;
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.StoreConnection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One poll of one account: for each resource kind the adapter watches, one delta query from the watermark (less the
 * overlap), each change compared with what was seen before, its events appended to the log, then the watermark moved
 * to the newest modification read. A full page is followed by the next, at most {@code maxPages}. The first poll of a
 * resource is a silent baseline: it remembers what changed within the baseline window and reports nothing, so the
 * feed reports what changes from then on, with what it was before where the baseline saw it.
 */
final class AccountPoller {

    /** What one poll found: the events it published; {@code held} false when another instance polls the account. */
    record Outcome(int published, boolean held) {}

    private final ChangeFeedState state;
    private final EventLog log;
    private final FeedLease lease;
    private final FeedMetrics metrics;
    private final FeedProperties properties;
    private final Clock clock;

    AccountPoller(
            ChangeFeedState state,
            EventLog log,
            FeedLease lease,
            FeedMetrics metrics,
            FeedProperties properties,
            Clock clock) {
        this.state = state;
        this.log = log;
        this.lease = lease;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    Mono<Outcome> poll(AccountKey account, StoreConnection store, CommerceAdapter adapter) {
        return lease.hold(account)
                .flatMap(held -> held
                        ? pollHeld(account, store, adapter).map(published -> new Outcome(published, true))
                        : Mono.just(new Outcome(0, false)));
    }

    private Mono<Integer> pollHeld(AccountKey account, StoreConnection store, CommerceAdapter adapter) {
        return Flux.fromIterable(adapter.changeResources())
                .sort()
                .concatMap(resource -> pollResource(account, store, adapter, resource))
                .reduce(0, Integer::sum);
    }

    private Mono<Integer> pollResource(
            AccountKey account, StoreConnection store, CommerceAdapter adapter, ChangeResource resource) {
        Poll poll = new Poll(account, store, adapter, resource);
        return state.watermark(account, resource)
                .flatMap(watermark -> page(poll, watermark, 1))
                .switchIfEmpty(Mono.defer(() -> baseline(poll, clock.instant().minus(properties.baselineWindow()), 1)));
    }

    /** Remembers each change without reporting it, then sets the watermark the normal polls go on from. */
    private Mono<Integer> baseline(Poll poll, Instant since, int pageNumber) {
        return poll.adapter()
                .changes(poll.store(), new ChangeQuery(poll.resource(), since, properties.batch()))
                .flatMap(batch -> Flux.fromIterable(batch.changes())
                        .concatMap(change -> state.saveSeen(poll.account(), change.id(), seen(change)))
                        .then(Mono.just(batch)))
                .flatMap(batch -> baselineNext(poll, batch, since, pageNumber));
    }

    private Mono<Integer> baselineNext(Poll poll, ChangeBatch batch, Instant since, int pageNumber) {
        Instant newest = newest(batch, since);
        if (batch.more() && newest.isAfter(since) && pageNumber < properties.maxPages()) {
            return baseline(poll, newest, pageNumber + 1);
        }
        // Read to the end: the store's own newest time. Nothing, or more than a baseline reads: from now on.
        Instant watermark = batch.changes().isEmpty() || batch.more() ? clock.instant() : newest;
        return state.saveWatermark(poll.account(), poll.resource(), watermark).thenReturn(0);
    }

    private static SeenVersion seen(ResourceChange change) {
        return new SeenVersion(change.resource(), change.version(), change.facts());
    }

    private static Instant newest(ChangeBatch batch, Instant floor) {
        return batch.changes().stream()
                .map(ResourceChange::modifiedAt)
                .max(Instant::compareTo)
                .filter(latest -> latest.isAfter(floor))
                .orElse(floor);
    }

    /** The parts every page of one resource's poll shares. */
    private record Poll(AccountKey account, StoreConnection store, CommerceAdapter adapter, ChangeResource resource) {}

    private Mono<Integer> page(Poll poll, Instant watermark, int pageNumber) {
        Instant since = watermark.minus(properties.overlap());
        return poll.adapter()
                .changes(poll.store(), new ChangeQuery(poll.resource(), since, properties.batch()))
                .flatMap(batch -> record(poll, batch, since)
                        .flatMap(published -> next(poll, batch, watermark, pageNumber, published)));
    }

    private Mono<Integer> next(Poll poll, ChangeBatch batch, Instant watermark, int pageNumber, int published) {
        Instant newest = newest(batch, watermark);
        Mono<Void> saved =
                newest.equals(watermark) ? Mono.empty() : state.saveWatermark(poll.account(), poll.resource(), newest);
        boolean more = batch.more() && newest.isAfter(watermark) && pageNumber < properties.maxPages();
        if (!more) {
            return saved.thenReturn(published);
        }
        return saved.then(lease.hold(poll.account()))
                .flatMap(held -> held ? page(poll, newest, pageNumber + 1) : Mono.just(0))
                .map(next -> next + published);
    }

    /** Each change in order: compare, publish, remember. */
    private Mono<Integer> record(Poll poll, ChangeBatch batch, Instant windowStart) {
        return Flux.fromIterable(batch.changes())
                .concatMap(change -> record(poll, change, windowStart))
                .reduce(0, Integer::sum);
    }

    private Mono<Integer> record(Poll poll, ResourceChange change, Instant windowStart) {
        return state.seen(poll.account(), change.id())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .map(prior -> ChangeDetector.detect(
                        poll.account(),
                        poll.store().platform(),
                        change,
                        prior.orElse(null),
                        windowStart,
                        clock.instant()))
                .flatMap(detection -> remember(poll.account(), change.id(), detection));
    }

    /** Publishes first, then remembers: a crash in between repeats the same event ids, never loses one. */
    private Mono<Integer> remember(AccountKey account, String id, ChangeDetector.Detection detection) {
        return publish(account, detection.events())
                .flatMap(published ->
                        state.saveSeen(account, id, detection.state()).thenReturn(published));
    }

    private Mono<Integer> publish(AccountKey account, List<ChangeEvent> events) {
        return Flux.fromIterable(events)
                .concatMap(event -> log.append(new WorkspaceEvent(account.workspaceId(), event))
                        .doOnNext(appended -> {
                            if (appended) {
                                metrics.published(event);
                            }
                        }))
                .filter(Boolean::booleanValue)
                .count()
                .map(Long::intValue);
    }
}
