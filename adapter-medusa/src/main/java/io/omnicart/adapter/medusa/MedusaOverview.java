package io.omnicart.adapter.medusa;

import io.omnicart.adapter.medusa.client.MedusaCatalogClient;
import io.omnicart.adapter.medusa.client.MedusaClient;
import io.omnicart.adapter.medusa.client.MedusaQuery;
import io.omnicart.adapter.medusa.mapping.MedusaFields;
import io.omnicart.adapter.medusa.mapping.MedusaOrderFilters;
import io.omnicart.adapter.medusa.mapping.MedusaOverviewMapper;
import io.omnicart.adapter.medusa.mapping.MedusaStoreMapper;
import io.omnicart.adapter.medusa.model.MedusaList;
import io.omnicart.adapter.medusa.model.MedusaOrder;
import io.omnicart.adapter.support.cache.OverviewCache;
import io.omnicart.core.model.CurrencySetting;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.OverviewQuery;
import io.omnicart.core.model.StoreOverview;
import io.omnicart.core.model.TimeWindow;
import io.omnicart.core.spi.StoreConnection;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Headline figures (no Medusa endpoint computes them, reference §11): counts from list {@code count}s with one row each
 * (orders created in the window; all customers; all products) and revenue per currency over the window, summed from
 * pages of minimal order rows read with bounded concurrency, at most {@code overviewMaxOrders} orders. Served from a
 * short per-account cache, flagged {@code cached}.
 */
final class MedusaOverview {

    private static final List<String> NOT_CANCELED = List.of("pending", "completed", "archived", "requires_action");

    private final MedusaClient client;
    private final MedusaCatalogClient catalog;
    private final MedusaStoreInfo storeInfo;
    private final MedusaSettings settings;
    private final OverviewCache cache;
    private final Clock clock;

    MedusaOverview(
            MedusaClient client,
            MedusaCatalogClient catalog,
            MedusaStoreInfo storeInfo,
            MedusaSettings settings,
            Clock clock) {
        this.client = client;
        this.catalog = catalog;
        this.storeInfo = storeInfo;
        this.settings = settings;
        this.cache = new OverviewCache(settings.overviewCacheTtl(), clock);
        this.clock = clock;
    }

    Mono<StoreOverview> overview(StoreConnection store, OverviewQuery query) {
        return cache.get(store.accountId(), query.window(), () -> compute(store, query));
    }

    private Mono<StoreOverview> compute(StoreConnection store, OverviewQuery query) {
        OffsetDateTime to = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        TimeWindow window = new TimeWindow(to.minus(query.window()), to);
        MedusaQuery inWindow = MedusaQuery.fields(MedusaFields.ID)
                .with("created_at[$gte]", MedusaOrderFilters.instant(window.from()))
                .with("created_at[$lte]", MedusaOrderFilters.instant(window.to()));
        return Mono.zip(
                        client.listOrders(store, inWindow.page(1, 0)).map(MedusaList::count),
                        client.listCustomers(
                                        store,
                                        MedusaQuery.fields(MedusaFields.ID).page(1, 0))
                                .map(MedusaList::count),
                        catalog.listProducts(
                                        store,
                                        MedusaQuery.fields(MedusaFields.ID).page(1, 0))
                                .map(MedusaList::count),
                        revenue(store, window))
                .map(t -> new StoreOverview(t.getT1(), t.getT2(), t.getT3(), t.getT4(), window, to, false));
    }

    private Mono<List<Money>> revenue(StoreConnection store, TimeWindow window) {
        MedusaQuery query = MedusaQuery.fields(MedusaFields.ORDER_REVENUE)
                .withEach("status", NOT_CANCELED)
                .with("created_at[$gte]", MedusaOrderFilters.instant(window.from()))
                .with("created_at[$lte]", MedusaOrderFilters.instant(window.to()));
        Mono<List<CurrencySetting>> currencies = storeInfo.store(store).map(MedusaStoreMapper::currencies);
        return Mono.zip(orders(store, query), currencies)
                .map(both -> MedusaOverviewMapper.revenue(both.getT1(), both.getT2()));
    }

    /** The first page tells how many there are; the rest are read concurrently, at most {@code concurrency} at once. */
    private Mono<List<MedusaOrder>> orders(StoreConnection store, MedusaQuery query) {
        int size = settings.overviewPageSize();
        return client.listOrders(store, query.page(size, 0)).flatMap(first -> rest(store, query, first));
    }

    private Mono<List<MedusaOrder>> rest(StoreConnection store, MedusaQuery query, MedusaList<MedusaOrder> first) {
        int size = settings.overviewPageSize();
        long total = Math.min(first.count(), settings.overviewMaxOrders());
        int pages = (int) ((total + size - 1) / size);
        return Flux.range(1, Math.max(0, pages - 1))
                .flatMap(page -> client.listOrders(store, query.page(size, (long) page * size)), settings.concurrency())
                .collectList()
                .map(more -> {
                    List<MedusaOrder> all = new ArrayList<>(first.items());
                    more.forEach(list -> all.addAll(list.items()));
                    return all;
                });
    }
}
