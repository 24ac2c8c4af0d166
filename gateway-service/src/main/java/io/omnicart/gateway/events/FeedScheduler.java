package io.omnicart.gateway.events;

import io.omnicart.core.error.NotFound;
import io.omnicart.core.port.AccountKey;
import io.omnicart.core.port.AccountResolver;
import io.omnicart.core.port.ChangeFeedState;
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.gateway.routing.AdapterRegistry;
import io.omnicart.gateway.routing.DemoAccount;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Decides when each account is polled: every stored account (read again every idle interval), every account used
 * through the API, and the demo store of each workspace with a subscriber. An account in use is due every poll
 * interval, an idle one every idle interval. Due accounts queue for at most {@code concurrency} polls at a time, so a
 * slow store never holds up the others; an account is never polled twice at once on this instance.
 */
public final class FeedScheduler extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(FeedScheduler.class);

    private final AccountResolver accounts;
    private final AdapterRegistry adapters;
    private final ChangeFeedState state;
    private final AccountPoller poller;
    private final FeedActivity activity;
    private final FeedMetrics metrics;
    private final FeedProperties properties;
    private final Clock clock;
    private final Map<AccountKey, Instant> nextDue = new ConcurrentHashMap<>();
    private final Set<AccountKey> inFlight = ConcurrentHashMap.newKeySet();
    private final Sinks.Many<AccountKey> queue = Sinks.many().unicast().onBackpressureBuffer();
    private volatile Set<AccountKey> roster = Set.of();
    private volatile Instant rosterReadAt = Instant.MIN;

    FeedScheduler(
            AccountResolver accounts,
            AdapterRegistry adapters,
            ChangeFeedState state,
            AccountPoller poller,
            FeedActivity activity,
            FeedMetrics metrics,
            FeedProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.adapters = adapters;
        this.state = state;
        this.poller = poller;
        this.activity = activity;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    /** Ticks that queue due accounts, and the polls of the queue, at most {@code concurrency} at a time. */
    @Override
    protected Flux<Void> loop() {
        Flux<Void> ticks = Flux.interval(properties.tick(), Schedulers.parallel())
                .onBackpressureDrop()
                .concatMap(tick -> enqueueDue().onErrorResume(this::tickFailed));
        Flux<Void> polls = queue.asFlux().flatMap(this::pollNow, properties.concurrency());
        return Flux.merge(ticks, polls);
    }

    /** Queues every account whose time has come; one tick of the scheduler. */
    Mono<Void> enqueueDue() {
        return refreshRoster().then(Mono.fromRunnable(() -> {
            Instant now = clock.instant();
            for (AccountKey account : candidates()) {
                if (!nextDue.getOrDefault(account, Instant.MIN).isAfter(now) && inFlight.add(account)) {
                    queue.emitNext(account, Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(100)));
                }
            }
        }));
    }

    private Set<AccountKey> candidates() {
        Set<AccountKey> all = new HashSet<>(roster);
        all.addAll(activity.used());
        activity.subscribedWorkspaces().forEach(ws -> all.add(new AccountKey(ws, DemoAccount.ID)));
        return all;
    }

    private Mono<Void> refreshRoster() {
        if (clock.instant().isBefore(rosterReadAt.plus(properties.idleInterval()))) {
            return Mono.empty();
        }
        rosterReadAt = clock.instant();
        return state.accounts()
                .collectList()
                .doOnNext(list -> roster = Set.copyOf(list))
                .then();
    }

    private Mono<Void> pollNow(AccountKey account) {
        return accounts.resolve(account.workspaceId(), account.accountId())
                .flatMap(store -> pollWith(account, store))
                .onErrorResume(NotFound.class, gone -> forget(account))
                .onErrorResume(error -> failed(account, error))
                .doFinally(signal -> inFlight.remove(account));
    }

    private Mono<Void> pollWith(AccountKey account, StoreConnection store) {
        CommerceAdapter adapter = adapters.find(store.platform()).orElse(null);
        if (adapter == null || adapter.changeResources().isEmpty()) {
            nextDue.put(account, clock.instant().plus(properties.idleInterval()));
            return Mono.empty();
        }
        return poller.poll(account, store, adapter)
                .doOnNext(outcome -> {
                    metrics.polled(store.platform().wire(), outcome(outcome));
                    scheduleNext(account);
                })
                .doOnError(error -> metrics.polled(store.platform().wire(), "failed"))
                .then();
    }

    private static String outcome(AccountPoller.Outcome outcome) {
        if (!outcome.held()) {
            return "elsewhere";
        }
        return outcome.published() > 0 ? "changed" : "unchanged";
    }

    private void scheduleNext(AccountKey account) {
        boolean inUse = activity.inUse(account, properties.idleAfter());
        Duration interval = inUse ? properties.pollInterval() : properties.idleInterval();
        nextDue.put(account, clock.instant().plus(interval));
    }

    private Mono<Void> forget(AccountKey account) {
        nextDue.put(account, clock.instant().plus(properties.idleInterval()));
        return Mono.empty();
    }

    private Mono<Void> failed(AccountKey account, Throwable error) {
        log.debug("change-feed poll of account {} failed: {}", account.accountId(), error.toString());
        scheduleNext(account);
        return Mono.empty();
    }

    private Mono<Void> tickFailed(Throwable error) {
        log.warn("change-feed tick failed: {}", error.toString());
        return Mono.empty();
    }
}
