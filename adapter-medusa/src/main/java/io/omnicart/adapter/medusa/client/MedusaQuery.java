package io.omnicart.adapter.medusa.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The query string of one Admin API call, in qs syntax (reference §3): {@code fields}, {@code limit}/{@code offset},
 * arrays as {@code name[]=a&name[]=b}, operators as {@code created_at[$gte]=…}. Values are percent-encoded strictly, so
 * a {@code +} in {@code fields=+email} reaches Medusa as a plus. Immutable.
 */
public final class MedusaQuery {

    private final List<Map.Entry<String, String>> params;

    private MedusaQuery(List<Map.Entry<String, String>> params) {
        this.params = List.copyOf(params);
    }

    public static MedusaQuery fields(String fields) {
        return new MedusaQuery(List.of()).with("fields", fields);
    }

    /** Adds {@code name=value}; a null value adds nothing. */
    public MedusaQuery with(String name, @Nullable Object value) {
        if (value == null) {
            return this;
        }
        List<Map.Entry<String, String>> next = new ArrayList<>(params);
        next.add(Map.entry(name, String.valueOf(value)));
        return new MedusaQuery(next);
    }

    /** Adds {@code name[]=v} for every value (nothing for none). */
    public MedusaQuery withEach(String name, Collection<String> values) {
        MedusaQuery query = this;
        for (String value : values) {
            query = query.with(name + "[]", value);
        }
        return query;
    }

    /** {@code limit} and {@code offset}, always explicit: route defaults differ (reference §3.1). */
    public MedusaQuery page(long limit, long offset) {
        return with("limit", limit).with("offset", offset);
    }

    /** The encoded query string, without the leading {@code ?}. */
    public String encode() {
        return params.stream()
                .map(param -> encode(param.getKey()) + "=" + encode(param.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** The value of the first parameter called {@code name}, or null. */
    public @Nullable String get(String name) {
        return params.stream()
                .filter(param -> param.getKey().equals(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    @Override
    public String toString() {
        return encode();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
