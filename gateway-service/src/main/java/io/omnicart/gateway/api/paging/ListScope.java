package io.omnicart.gateway.api.paging;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a list cursor is bound to: the resource and its normalized filters, e.g. {@code orders?q=&status=pending,…}.
 * Build it from parsed values (enum sets in declaration order, dates in UTC), never from the raw query string.
 */
public final class ListScope {

    private final StringBuilder value;

    private ListScope(String resource) {
        this.value = new StringBuilder(resource).append('?');
    }

    public static ListScope of(String resource) {
        return new ListScope(resource);
    }

    public ListScope with(String name, @Nullable Object filter) {
        value.append(name).append('=');
        if (filter != null) {
            value.append(URLEncoder.encode(normalized(filter), StandardCharsets.UTF_8));
        }
        value.append('&');
        return this;
    }

    private static String normalized(Object filter) {
        return filter instanceof Collection<?> values
                ? values.stream().map(String::valueOf).sorted().collect(Collectors.joining(","))
                : String.valueOf(filter);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
