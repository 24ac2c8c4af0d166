package io.omnicart.adapter.omnium;

import io.omnicart.adapter.omnium.client.OmniumClient;
import io.omnicart.adapter.omnium.error.OmniumErrorTranslator;
import io.omnicart.adapter.omnium.mapping.OmniumCursor;
import io.omnicart.adapter.omnium.mapping.OmniumOrderSeek;
import io.omnicart.adapter.omnium.model.OmniumOrder;
import io.omnicart.adapter.omnium.model.OmniumOrderSearchRequest;
import io.omnicart.adapter.omnium.model.OmniumSearchResult;
import io.omnicart.core.error.InvalidRequest;
import io.omnicart.core.error.NotFound;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.spi.StoreConnection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * Order pages over Omnium's search and scroll (reference §2, §5.9). Inside the search window ({@code take × page ≤
 * 10,000}) a page is one {@code Orders/Search} call and the cursor an offset. The page that reaches the end of the
 * window leaves a {@code seek} cursor: its last row's sort value. The next page starts a scroll from there (the same
 * filters narrowed to rows at or beyond that value, minus the rows already served at exactly that value); later pages
 * continue it with the latest scroll id. A scroll Omnium has forgotten is {@code cursor_expired}.
 */
final class OmniumOrderPager {

    private static final int LAST_OFFSET = OmniumWindow.MAX_WINDOW - PageRequest.MAX_LIMIT;

    private final OmniumClient client;

    OmniumOrderPager(OmniumClient client) {
        this.client = client;
    }

    <T> Mono<Page<T>> page(
            StoreConnection store, OmniumOrderSearchRequest search, PageRequest request, Function<OmniumOrder, T> map) {
        return Mono.fromCallable(() -> OmniumCursor.decode(request.cursor())).flatMap(cursor -> switch (cursor.kind()) {
            case OmniumCursor.SEEK -> startScroll(store, search, request, cursor, map);
            case OmniumCursor.SCROLL -> continueScroll(store, request, cursor, map);
            default -> searchPage(store, search, request, cursor.offset(), map);
        });
    }

    private <T> Mono<Page<T>> searchPage(
            StoreConnection store,
            OmniumOrderSearchRequest search,
            PageRequest request,
            long offset,
            Function<OmniumOrder, T> map) {
        if (offset > LAST_OFFSET) {
            return Mono.error(OmniumErrorTranslator::invalidCursor);
        }
        return OmniumWindow.read(
                        offset,
                        request.limit(),
                        (index, size) -> client.searchOrders(store, search.withPage(size, index)))
                .map(slice -> {
                    long next = offset + slice.rows().size();
                    boolean more = !slice.rows().isEmpty() && next < slice.total();
                    String cursor = !more ? null : next(search, slice.rows(), next, slice.total());
                    return new Page<>(slice.rows().stream().map(map).toList(), cursor, request.limit(), slice.total());
                });
    }

    private static String next(OmniumOrderSearchRequest search, List<OmniumOrder> rows, long next, long total) {
        if (next <= LAST_OFFSET) {
            return OmniumCursor.offset(next).encode();
        }
        OmniumOrderSeek seek = OmniumOrderSeek.of(search.sortOrder());
        return OmniumCursor.seek(seek.boundary(rows), seek.seen(rows), total).encode();
    }

    private <T> Mono<Page<T>> startScroll(
            StoreConnection store,
            OmniumOrderSearchRequest search,
            PageRequest request,
            OmniumCursor cursor,
            Function<OmniumOrder, T> map) {
        OmniumOrderSeek seek = OmniumOrderSeek.of(search.sortOrder());
        OmniumOrderSearchRequest from = seek.from(search, cursor.boundary()).withPage(request.limit(), null);
        Set<String> seen = new HashSet<>(cursor.seen());
        return client.startOrderScroll(store, from).map(batch -> {
            List<OmniumOrder> rows = batch.result().stream()
                    .filter(order -> !seen.contains(order.id()))
                    .toList();
            long remaining = batch.totalHits() - batch.result().size();
            return scrollPage(request, batch, rows, remaining, request.limit(), cursor.total(), map);
        });
    }

    private <T> Mono<Page<T>> continueScroll(
            StoreConnection store, PageRequest request, OmniumCursor cursor, Function<OmniumOrder, T> map) {
        if (request.limit() < cursor.batch()) {
            return Mono.error(() -> OmniumErrorTranslator.invalidField(
                    "limit",
                    "beyond Omnium's first 10,000 orders pages keep the limit they started with (" + cursor.batch()
                            + ")"));
        }
        return client.continueOrderScroll(store, cursor.scrollId())
                .onErrorMap(OmniumOrderPager::forgotten, error -> OmniumErrorTranslator.cursorExpired(status(error)))
                .map(batch -> scrollPage(
                        request,
                        batch,
                        batch.result(),
                        cursor.remaining() - batch.result().size(),
                        cursor.batch(),
                        cursor.total(),
                        map));
    }

    private static <T> Page<T> scrollPage(
            PageRequest request,
            OmniumSearchResult<OmniumOrder> batch,
            List<OmniumOrder> rows,
            long remaining,
            int batchSize,
            long total,
            Function<OmniumOrder, T> map) {
        boolean more =
                remaining > 0 && batch.scrollId() != null && !batch.result().isEmpty();
        String cursor = more
                ? OmniumCursor.scroll(batch.scrollId(), batchSize, remaining, total)
                        .encode()
                : null;
        return new Page<>(rows.stream().map(map).toList(), cursor, request.limit(), total);
    }

    /** Omnium's answer for an unknown or expired scroll id is undocumented (reference §13): 404 or 400. */
    private static boolean forgotten(Throwable error) {
        return error instanceof NotFound || error instanceof InvalidRequest;
    }

    private static Integer status(Throwable error) {
        return error instanceof NotFound notFound
                ? notFound.upstreamStatus()
                : ((InvalidRequest) error).upstreamStatus();
    }
}
