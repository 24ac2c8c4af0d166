package io.omnicart.adapter.medusa;

import io.omnicart.adapter.medusa.mapping.MedusaCursor;
import io.omnicart.adapter.medusa.model.MedusaList;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Offset paging over Medusa lists (reference §3.1). A plain page is one upstream page with Medusa's {@code count} as
 * total. A filtered page (a search Medusa answers too loosely) reads upstream pages until it has {@code limit} matches,
 * the rows run out, or {@code maxScanPages} were read; its cursor points past the last row examined, so the next page
 * neither skips nor repeats a match, and its total is unknown. Upstream pages are read one after the other.
 */
final class MedusaPager {

    /** Reads {@code limit} upstream rows from {@code offset}. */
    @FunctionalInterface
    interface Fetch<W> {
        Mono<MedusaList<W>> page(long offset, int limit);
    }

    private final int scanBatch;
    private final int maxScanPages;

    MedusaPager(MedusaSettings settings) {
        this.scanBatch = settings.scanBatch();
        this.maxScanPages = settings.maxScanPages();
    }

    <W, T> Mono<Page<T>> page(PageRequest request, Fetch<W> fetch, Function<W, T> mapper) {
        return Mono.fromCallable(() -> MedusaCursor.decode(request.cursor()))
                .flatMap(offset ->
                        fetch.page(offset, request.limit()).map(list -> toPage(request, offset, list, mapper)));
    }

    <W, T> Mono<Page<T>> filtered(PageRequest request, Fetch<W> fetch, Predicate<W> keep, Function<W, T> mapper) {
        Scan<W> scan = new Scan<>(fetch, keep, request.limit(), Math.max(request.limit(), scanBatch));
        return Mono.fromCallable(() -> MedusaCursor.decode(request.cursor()))
                .flatMap(offset -> scan(scan, offset, List.of(), 1))
                .map(found ->
                        new Page<>(found.rows().stream().map(mapper).toList(), found.next(), request.limit(), null));
    }

    /** Every row of a small list, page after page of {@code pageSize}; at most {@code maxScanPages} pages. */
    <W> Mono<List<W>> all(Fetch<W> fetch, int pageSize) {
        return collect(fetch, pageSize, 0, List.of(), 1);
    }

    private static <W, T> Page<T> toPage(PageRequest request, long offset, MedusaList<W> list, Function<W, T> mapper) {
        long next = offset + list.items().size();
        boolean more = !list.items().isEmpty() && next < list.count();
        return new Page<>(
                list.items().stream().map(mapper).toList(),
                more ? MedusaCursor.encode(next) : null,
                request.limit(),
                list.count());
    }

    private <W> Mono<List<W>> collect(Fetch<W> fetch, int pageSize, long offset, List<W> found, int pages) {
        return fetch.page(offset, pageSize).flatMap(list -> more(fetch, pageSize, offset, list, found, pages));
    }

    private <W> Mono<List<W>> more(
            Fetch<W> fetch, int pageSize, long offset, MedusaList<W> list, List<W> found, int pages) {
        List<W> rows = new ArrayList<>(found);
        rows.addAll(list.items());
        long next = offset + list.items().size();
        if (list.items().isEmpty() || next >= list.count() || pages >= maxScanPages) {
            return Mono.just(rows);
        }
        return collect(fetch, pageSize, next, rows, pages + 1);
    }

    private <W> Mono<Found<W>> scan(Scan<W> scan, long offset, List<W> found, int pages) {
        return scan.fetch().page(offset, scan.batch()).flatMap(list -> next(scan, offset, list, found, pages));
    }

    private <W> Mono<Found<W>> next(Scan<W> scan, long offset, MedusaList<W> list, List<W> found, int pages) {
        List<W> rows = new ArrayList<>(found);
        long position = offset;
        for (W row : list.items()) {
            position++;
            if (scan.keep().test(row) && rows.add(row) && rows.size() == scan.limit()) {
                return Mono.just(new Found<>(rows, position < list.count() ? MedusaCursor.encode(position) : null));
            }
        }
        if (list.items().isEmpty() || position >= list.count()) {
            return Mono.just(new Found<>(rows, null));
        }
        if (pages >= maxScanPages) {
            return Mono.just(new Found<>(rows, MedusaCursor.encode(position)));
        }
        return scan(scan, position, rows, pages + 1);
    }

    private record Scan<W>(Fetch<W> fetch, Predicate<W> keep, int limit, int batch) {}

    private record Found<W>(List<W> rows, @Nullable String next) {}
}
