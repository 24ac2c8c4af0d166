package io.omnicart.adapter.omnium;

import io.omnicart.adapter.omnium.error.OmniumErrorTranslator;
import io.omnicart.adapter.omnium.mapping.OmniumCursor;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Pages that Omnium cannot filter exactly (its free-text search matches more than OmniCart's {@code q} means): upstream
 * pages are read one after the other and their rows checked until {@code limit} match, the rows run out or {@code
 * maxScanPages} were read. The cursor is the offset of the next row to examine, so pages neither skip nor repeat; the
 * total is unknown. Such a scan stays inside Omnium's 10,000-row search window (reference §2) and says so beyond it.
 * Plain lists (no filter) are one upstream page each, with Omnium's {@code totalHits}.
 */
final class OmniumScanner {

    private final int batch;
    private final int maxScanPages;

    OmniumScanner(OmniumSettings settings) {
        this.batch = settings.scanBatch();
        this.maxScanPages = settings.maxScanPages();
    }

    /** One upstream page per page, {@code totalHits} as total; within the window. */
    <W, T> Mono<Page<T>> plain(PageRequest request, OmniumWindow.Fetch<W> fetch, Function<W, T> map) {
        return offset(request)
                .flatMap(offset -> OmniumWindow.read(offset, request.limit(), fetch)
                        .map(slice -> {
                            long next = offset + slice.rows().size();
                            boolean more = !slice.rows().isEmpty() && next < slice.total();
                            String cursor = more ? OmniumCursor.offset(next).encode() : null;
                            return new Page<>(
                                    slice.rows().stream().map(map).toList(), cursor, request.limit(), slice.total());
                        }));
    }

    <W, T> Mono<Page<T>> filtered(
            PageRequest request, OmniumWindow.Fetch<W> fetch, Predicate<W> keep, Function<W, T> map) {
        int size = Math.max(batch, request.limit());
        Scan<W> scan = new Scan<>(fetch, keep, request.limit(), size);
        return offset(request)
                .flatMap(offset -> scan(scan, offset, List.of(), 1))
                .map(found -> new Page<>(found.rows().stream().map(map).toList(), found.next(), request.limit(), null));
    }

    private static Mono<Long> offset(PageRequest request) {
        return Mono.fromCallable(() -> {
            OmniumCursor cursor = OmniumCursor.decode(request.cursor());
            if (!OmniumCursor.OFFSET.equals(cursor.kind()) || cursor.offset() > OmniumWindow.MAX_WINDOW) {
                throw OmniumErrorTranslator.invalidCursor();
            }
            return cursor.offset();
        });
    }

    private <W> Mono<Found<W>> scan(Scan<W> scan, long offset, List<W> found, int pages) {
        if (offset > OmniumWindow.MAX_WINDOW) {
            return Mono.error(() -> OmniumErrorTranslator.invalidField(
                    "q", "more than 10,000 Omnium rows match this search: narrow it down"));
        }
        return OmniumWindow.read(offset, scan.size(), scan.fetch())
                .flatMap(slice -> next(scan, offset, slice, found, pages));
    }

    private <W> Mono<Found<W>> next(Scan<W> scan, long offset, OmniumWindow.Slice<W> slice, List<W> found, int pages) {
        List<W> rows = new ArrayList<>(found);
        long position = offset;
        for (W row : slice.rows()) {
            position++;
            if (scan.keep().test(row) && rows.add(row) && rows.size() == scan.limit()) {
                return Mono.just(new Found<>(rows, position < slice.total() ? cursor(position) : null));
            }
        }
        if (slice.rows().isEmpty() || position >= slice.total()) {
            return Mono.just(new Found<>(rows, null));
        }
        if (pages >= maxScanPages) {
            return Mono.just(new Found<>(rows, cursor(position)));
        }
        return scan(scan, position, rows, pages + 1);
    }

    private static String cursor(long position) {
        return OmniumCursor.offset(position).encode();
    }

    private record Scan<W>(OmniumWindow.Fetch<W> fetch, Predicate<W> keep, int limit, int size) {}

    private record Found<W>(List<W> rows, @Nullable String next) {}
}
