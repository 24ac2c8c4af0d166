package io.omnicart.adapter.omnium;

import io.omnicart.adapter.omnium.client.OmniumCatalogClient;
import io.omnicart.adapter.omnium.client.OmniumClient;
import io.omnicart.adapter.omnium.mapping.OmniumRevenue;
import io.omnicart.adapter.omnium.mapping.OmniumStatusRules;
import io.omnicart.adapter.omnium.mapping.OmniumTimes;
import io.omnicart.adapter.omnium.model.OmniumOrder;
import io.omnicart.adapter.omnium.model.OmniumOrderSearchRequest;
import io.omnicart.adapter.omnium.model.OmniumSearchResult;
import io.omnicart.adapter.omnium.model.OmniumSimpleSearch;
import io.omnicart.adapter.support.cache.OverviewCache;
import io.omnicart.core.model.OverviewQuery;
import io.omnicart.core.model.StoreOverview;
import io.omnicart.core.model.TimeWindow;
import io.omnicart.core.spi.StoreConnection;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Headline figures (no Omnium endpoint computes them, reference §11). Orders created in the window: their count is the
 * {@code totalHits} of a one-row search ({@code GetOrders/Count} filters by change date only, not creation); revenue
 * per currency is summed from a scroll over the window's non-cancelled orders, at most {@code overviewMaxOrders} of
 * them. Customers and products are the {@code totalHits} of one-row searches. Served from a short per-account cache,
 * flagged {@code cached}.
 */
final class OmniumOverview {

    private final OmniumClient client;
    private final OmniumCatalogClient catalog;
    private final OmniumStatuses statuses;
    private final OmniumSettings settings;
    private final OverviewCache cache;
    private final Clock clock;

    OmniumOverview(
            OmniumClient client,
            OmniumCatalogClient catalog,
            OmniumStatuses statuses,
            OmniumSettings settings,
            Clock clock) {
        this.client = client;
        this.catalog = catalog;
        this.statuses = statuses;
        this.settings = settings;
        this.cache = new OverviewCache(settings.overviewCacheTtl(), clock);
        this.clock = clock;
    }

    Mono<StoreOverview> overview(StoreConnection store, OverviewQuery query) {
        return cache.get(store.accountId(), query.window(), () -> compute(store, query));
    }

    private Mono<StoreOverview> compute(StoreConnection store, OverviewQuery query) {
        OffsetDateTime to = clock.instant().atOffset(ZoneOffset.UTC);
        OffsetDateTime from = to.minus(query.window());
        OmniumOrderSearchRequest window = window(from, to);
        return statuses.rules(store)
                .flatMap(rules -> counts(store, window)
                        .flatMap(counts -> revenue(store, notCanceled(window, rules))
                                .map(revenue -> counts.overview(revenue, new TimeWindow(from, to)))));
    }

    /** Orders in the window, customers and products, one call after the other. */
    private Mono<Counts> counts(StoreConnection store, OmniumOrderSearchRequest window) {
        return client.searchOrders(store, window.withPage(1, 0))
                .map(OmniumSearchResult::totalHits)
                .zipWhen(orders -> customers(store))
                .zipWhen(both -> products(store), (both, products) -> new Counts(both.getT1(), both.getT2(), products));
    }

    private record Counts(long orders, long customers, long products) {
        StoreOverview overview(OmniumRevenue revenue, TimeWindow window) {
            return new StoreOverview(orders, customers, products, revenue.toMoney(), window, window.to(), false);
        }
    }

    private Mono<Long> customers(StoreConnection store) {
        return catalog.searchCustomers(
                        store, new OmniumSimpleSearch(1, 0, null, true, null, null, null, null, null, null))
                .map(OmniumSearchResult::totalHits);
    }

    private Mono<Long> products(StoreConnection store) {
        return catalog.searchProducts(
                        store, new OmniumSimpleSearch(1, 0, null, null, true, null, null, null, null, null))
                .map(OmniumSearchResult::totalHits);
    }

    /** One scroll over the window, batch after batch, until it ends or {@code overviewMaxOrders} were summed. */
    private Mono<OmniumRevenue> revenue(StoreConnection store, OmniumOrderSearchRequest search) {
        return client.startOrderScroll(store, search.withPage(settings.overviewBatch(), null))
                .flatMap(batch -> more(
                        store,
                        batch,
                        OmniumRevenue.none().plus(batch.result()),
                        batch.result().size()));
    }

    private Mono<OmniumRevenue> more(
            StoreConnection store, OmniumSearchResult<OmniumOrder> last, OmniumRevenue sum, long read) {
        if (last.result().isEmpty()
                || last.scrollId() == null
                || read >= last.totalHits()
                || read >= settings.overviewMaxOrders()) {
            return Mono.just(sum);
        }
        return client.continueOrderScroll(store, last.scrollId())
                .map(next -> new OmniumSearchResult<>(next.result(), last.totalHits(), next.scrollId()))
                .flatMap(next -> more(
                        store,
                        next,
                        sum.plus(next.result()),
                        read + next.result().size()));
    }

    private static OmniumOrderSearchRequest window(OffsetDateTime from, OffsetDateTime to) {
        return new OmniumOrderSearchRequest(
                null,
                null,
                "CreatedDescending",
                true,
                null,
                null,
                null,
                null,
                null,
                null,
                OmniumTimes.text(from),
                OmniumTimes.text(to.plusNanos(1_000_000)),
                null,
                null);
    }

    private static OmniumOrderSearchRequest notCanceled(OmniumOrderSearchRequest window, OmniumStatusRules rules) {
        return new OmniumOrderSearchRequest(
                null,
                null,
                window.sortOrder(),
                true,
                null,
                null,
                null,
                List.copyOf(rules.canceledNames()).stream().sorted().toList(),
                null,
                null,
                window.createdFrom(),
                window.createdTo(),
                null,
                null);
    }
}
