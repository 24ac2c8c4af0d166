package io.omnicart.adapter.omnium.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The query string of one Omnium GET call: array parameters are repeated keys ({@code status=a&status=b}, reference
 * §2). Values are percent-encoded strictly. Immutable; {@code toString()} is the encoded string.
 */
public final class OmniumQuery {

    private static final OmniumQuery EMPTY = new OmniumQuery(List.of());

    private final List<Map.Entry<String, String>> params;

    private OmniumQuery(List<Map.Entry<String, String>> params) {
        this.params = List.copyOf(params);
    }

    public static OmniumQuery empty() {
        return EMPTY;
    }

    /** Adds {@code name=value}; a null value adds nothing. */
    public OmniumQuery with(String name, @Nullable Object value) {
        if (value == null) {
            return this;
        }
        List<Map.Entry<String, String>> next = new ArrayList<>(params);
        next.add(Map.entry(name, String.valueOf(value)));
        return new OmniumQuery(next);
    }

    /** Adds {@code name=v} once per value. */
    public OmniumQuery withEach(String name, Collection<String> values) {
        OmniumQuery query = this;
        for (String value : values) {
            query = query.with(name, value);
        }
        return query;
    }

    /** GET list paging: {@code page} from 1, {@code pageSize} (reference §2). */
    public OmniumQuery page(int page, int pageSize) {
        return with("page", page).with("pageSize", pageSize);
    }

    public String encode() {
        return params.stream()
                .map(param -> encode(param.getKey()) + "=" + encode(param.getValue()))
                .collect(Collectors.joining("&"));
    }

    @Override
    public String toString() {
        return encode();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
