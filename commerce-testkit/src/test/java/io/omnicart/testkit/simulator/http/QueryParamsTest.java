package io.omnicart.testkit.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    private final QueryParams query = new QueryParams(params());

    @Test
    void arraysMergeBracketAndIndexForms() {
        assertThat(query.values("status")).containsExactly("pending", "canceled", "archived");
        assertThat(query.isArray("status")).isTrue();
        assertThat(query.single("status")).isNull();
    }

    @Test
    void operatorMapsAreSeparateFromValues() {
        assertThat(query.operators("created_at"))
                .containsExactly(Map.entry("$gte", "2026-01-01"), Map.entry("$lt", "2026-02-01"));
        assertThat(query.values("created_at")).isEmpty();
        assertThat(query.has("created_at")).isTrue();
    }

    @Test
    void plainValues() {
        assertThat(query.single("q")).isEqualTo("jane");
        assertThat(query.values("q")).containsExactly("jane");
        assertThat(query.has("limit")).isFalse();
        assertThat(QueryParams.baseName("location_levels[location_id]")).isEqualTo("location_levels");
    }

    private static Map<String, List<String>> params() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("status[]", List.of("pending", "canceled"));
        params.put("status[2]", List.of("archived"));
        params.put("created_at[$gte]", List.of("2026-01-01"));
        params.put("created_at[$lt]", List.of("2026-02-01"));
        params.put("q", List.of("jane"));
        return params;
    }
}
