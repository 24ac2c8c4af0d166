package io.omnicart.adapter.opencart;

import io.omnicart.adapter.opencart.mapping.OpenCartCursor;
import io.omnicart.adapter.opencart.model.OpenCartPage;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import reactor.core.publisher.Mono;

/**
 * Pages over bridge lists. A plain list is one bridge page per OmniCart page (the bridge's offset is the cursor, its
 * total the total). A search the bridge cannot do (substring matches) reads bridge pages of {@code pageSize} rows and
 * keeps the matches, at most {@code maxScanPages} pages per OmniCart page; its cursor points past the last row
 * examined, so pages neither skip nor repeat a match, and its total is unknown.
 */
final class OpenCartPager {

    private final int pageSize;
    private final int maxScanPages;

    OpenCartPager(OpenCartSettingsValues settings) {
        this.pageSize = settings.pageSize();
        this.maxScanPages = settings.maxScanPages();
    }

    /** One bridge page as one OmniCart page. {@code fetch} takes (limit, offset). */
    <W, T> Mono<Page<T>> direct(
            PageRequest page, BiFunction<Integer, Long, Mono<OpenCartPage<W>>> fetch, Function<List<W>, List<T>> map) {
        long offset = OpenCartCursor.decode(page.cursor());
        return fetch.apply(page.limit(), offset)
                .map(result -> new Page<>(
                        map.apply(result.data()),
                        result.paging().nextOffset() == null
                                ? null
                                : OpenCartCursor.encode(result.paging().nextOffset()),
                        page.limit(),
                        result.paging().total()));
    }

    /** The matches of {@code keep} among the bridge rows, {@code page.limit()} at most, from the cursor on. */
    <T> Mono<Page<T>> scan(
            PageRequest page, BiFunction<Integer, Long, Mono<OpenCartPage<T>>> fetch, Predicate<T> keep) {
        long offset = OpenCartCursor.decode(page.cursor());
        return scanFrom(page.limit(), offset, fetch, keep, new ArrayList<>(), 0);
    }

    private <T> Mono<Page<T>> scanFrom(
            int limit,
            long offset,
            BiFunction<Integer, Long, Mono<OpenCartPage<T>>> fetch,
            Predicate<T> keep,
            List<T> found,
            int pagesRead) {
        return fetch.apply(pageSize, offset).flatMap(result -> {
            List<T> rows = result.data();
            for (int i = 0; i < rows.size(); i++) {
                if (keep.test(rows.get(i))) {
                    found.add(rows.get(i));
                    if (found.size() == limit) {
                        boolean more = i < rows.size() - 1 || result.hasMore();
                        return Mono.just(done(found, more ? offset + i + 1 : null, limit));
                    }
                }
            }
            if (!result.hasMore()) {
                return Mono.just(done(found, null, limit));
            }
            long next = result.paging().nextOffset();
            return pagesRead + 1 >= maxScanPages
                    ? Mono.just(done(found, next, limit))
                    : scanFrom(limit, next, fetch, keep, found, pagesRead + 1);
        });
    }

    private static <T> Page<T> done(List<T> found, Long nextOffset, int limit) {
        return new Page<>(found, nextOffset == null ? null : OpenCartCursor.encode(nextOffset), limit, null);
    }
}
