package io.omnicart.core.model;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list. {@code nextCursor} is opaque to callers and null on the last page; {@code total} is null when
 * the store cannot count cheaply.
 */
public record Page<T>(
        List<T> data,
        @Nullable String nextCursor,
        int limit,
        @Nullable Long total) {

    public Page {
        data = List.copyOf(data);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(data.stream().<R>map(mapper).toList(), nextCursor, limit, total);
    }

    public Page<T> withCursor(@Nullable String cursor) {
        return new Page<>(data, cursor, limit, total);
    }
}
