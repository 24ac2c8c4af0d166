package io.omnicart.adapter.omnium;

import io.omnicart.adapter.omnium.model.OmniumSearchResult;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Reads rows by offset from Omnium's page-numbered lists (reference §2): page {@code offset / count} of size {@code
 * count}, plus the next page when the offset is not a multiple of the page size (a caller changed {@code limit}
 * between pages). Search pages are 0-based, GET lists 1-based: the fetcher gets the 0-based index.
 */
final class OmniumWindow {

    /** Omnium's search window: {@code take × page} must stay within it. */
    static final int MAX_WINDOW = 10_000;

    /** Reads one page of {@code size} rows; {@code index} counts from 0. */
    @FunctionalInterface
    interface Fetch<T> {
        Mono<OmniumSearchResult<T>> page(int index, int size);
    }

    /** Rows from {@code offset}, at most {@code count}, and the list's total. */
    record Slice<T>(List<T> rows, long total) {}

    private OmniumWindow() {}

    static <T> Mono<Slice<T>> read(long offset, int count, Fetch<T> fetch) {
        int index = (int) (offset / count);
        int skip = (int) (offset % count);
        return fetch.page(index, count).flatMap(first -> {
            List<T> rows = first.result().size() > skip
                    ? first.result().subList(skip, first.result().size())
                    : List.of();
            if (skip == 0 || first.result().size() < count || offset + rows.size() >= first.totalHits()) {
                return Mono.just(new Slice<>(rows, first.totalHits()));
            }
            return fetch.page(index + 1, count).map(second -> join(rows, second, skip, first.totalHits()));
        });
    }

    private static <T> Slice<T> join(List<T> head, OmniumSearchResult<T> second, int skip, long total) {
        List<T> rows = new ArrayList<>(head);
        rows.addAll(second.result().subList(0, Math.min(skip, second.result().size())));
        return new Slice<>(rows, total);
    }
}
