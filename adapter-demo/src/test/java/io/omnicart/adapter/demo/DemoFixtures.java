package io.omnicart.adapter.demo;

import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.StoreConnection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A fixed clock, the demo connection and helpers to read whole lists through the adapter. */
public final class DemoFixtures {

    public static final Instant NOW = Instant.parse("2026-03-15T10:30:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final StoreConnection STORE =
            new StoreConnection("demo", "dev-workspace", Platform.DEMO, null, new Credentials.None());

    private DemoFixtures() {}

    public static DemoAdapter adapter() {
        return new DemoAdapter(CLOCK);
    }

    /** Every order summary matching {@code query}, read page by page with the given limit. */
    public static List<OrderSummary> allOrders(DemoAdapter adapter, OrderQuery query) {
        return readAll(page -> adapter.listOrders(STORE, withPage(query, page)).block());
    }

    /** Every full order of the store, newest first. */
    public static List<Order> fullOrders(DemoAdapter adapter) {
        return allOrders(adapter, OrderQuery.all(PageRequest.first(100))).stream()
                .map(summary -> adapter.getOrder(STORE, summary.id()).block())
                .toList();
    }

    /** Follows {@code nextCursor} from the first page to the last. */
    public static <T> List<T> readAll(Function<PageRequest, Page<T>> reader) {
        return readAll(reader, 100);
    }

    public static <T> List<T> readAll(Function<PageRequest, Page<T>> reader, int limit) {
        List<T> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<T> page = reader.apply(new PageRequest(limit, cursor));
            all.addAll(page.data());
            cursor = page.nextCursor();
        } while (cursor != null);
        return all;
    }

    public static OrderQuery withPage(OrderQuery query, PageRequest page) {
        return new OrderQuery(
                query.q(),
                query.statuses(),
                query.createdFrom(),
                query.createdTo(),
                query.updatedSince(),
                query.sort(),
                page);
    }
}
