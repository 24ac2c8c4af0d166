package io.omnicart.testkit.simulator.omnium;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Reference §12 rules 14–16 and the paging check: scroll sessions, snapshot, expiry, the 10,000 window. */
class OmniumScrollTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T12:00:00Z"));
    private final OmniumSimulator simulator = OmniumSimulator.start(clock);
    private final OmniumHttp http;

    OmniumScrollTest() {
        simulator.seedBulkOrders(250);
        http = OmniumHttp.loggedIn(simulator);
    }

    @AfterEach
    void close() {
        simulator.close();
    }

    @Test
    void scrollReturnsEveryOrderOnceThenAnEmptyBatchWithoutId() {
        JsonNode first =
                http.post("/api/Orders/Scroll", "{\"take\":100,\"page\":7}").json();
        assertThat(first.get("totalHits").asLong()).isEqualTo(250);
        Set<String> seen = new HashSet<>();
        JsonNode page = first;
        while (page.get("result").size() > 0) {
            page.get("result")
                    .values()
                    .forEach(order ->
                            assertThat(seen.add(order.get("id").asString())).isTrue());
            page = http.get("/api/Orders/Scroll/" + page.get("scrollId").asString())
                    .json();
        }
        assertThat(seen).hasSize(250);
        assertThat(page.get("scrollId").isNull()).isTrue();
    }

    @Test
    void scrollIsASnapshot() {
        JsonNode first = http.post("/api/Orders/Scroll", "{\"take\":200}").json();
        simulator.seedBulkOrders(400);

        JsonNode second = http.get("/api/Orders/Scroll/" + first.get("scrollId").asString())
                .json();
        assertThat(second.get("result").size()).isEqualTo(50);
        assertThat(second.get("totalHits").asLong()).isEqualTo(250);
    }

    @Test
    void idleScrollExpiresWithConfigurableStatus() {
        String id = http.post("/api/Orders/Scroll", "{\"take\":10}")
                .json()
                .get("scrollId")
                .asString();
        clock.advance(Duration.ofMinutes(5));
        assertThat(http.get("/api/Orders/Scroll/" + id).status()).isEqualTo(404);
        assertThat(http.get("/api/Orders/Scroll/unknown").status()).isEqualTo(404);

        simulator.options().expiredScrollStatus(400);
        assertThat(http.get("/api/Orders/Scroll/unknown").status()).isEqualTo(400);
    }

    @Test
    void rotatingIdsInvalidateThePreviousId() {
        simulator.options().rotateScrollIds(true);
        String first = http.post("/api/Orders/Scroll", "{\"take\":10}")
                .json()
                .get("scrollId")
                .asString();
        String second =
                http.get("/api/Orders/Scroll/" + first).json().get("scrollId").asString();

        assertThat(second).isNotEqualTo(first);
        assertThat(http.get("/api/Orders/Scroll/" + first).status()).isEqualTo(404);
        assertThat(http.get("/api/Orders/Scroll/" + second).status()).isEqualTo(200);
    }

    @Test
    void pagesTwelveThousandOrdersThroughTheWindowThenScrollExactlyOnce() {
        simulator.reset();
        simulator.seedBulkOrders(12_000);
        OmniumHttp fresh = OmniumHttp.loggedIn(simulator);
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < 100; page++) {
            fresh.post("/api/Orders/Search", "{\"take\":100,\"page\":" + page + ",\"sortOrder\":\"DocumentId\"}")
                    .json()
                    .get("result")
                    .values()
                    .forEach(order -> seen.add(order.get("id").asString()));
        }
        assertThat(seen).hasSize(10_000);
        assertThat(fresh.post("/api/Orders/Search", "{\"take\":100,\"page\":101}")
                        .status())
                .isEqualTo(400);

        Set<String> scrolled = new HashSet<>();
        JsonNode page = fresh.post("/api/Orders/Scroll", "{\"take\":100,\"sortOrder\":\"DocumentId\"}")
                .json();
        int pages = 0;
        while (page.get("result").size() > 0) {
            page.get("result")
                    .values()
                    .forEach(order ->
                            assertThat(scrolled.add(order.get("id").asString())).isTrue());
            page = fresh.get("/api/Orders/Scroll/" + page.get("scrollId").asString())
                    .json();
            pages++;
        }
        assertThat(scrolled).hasSize(12_000).containsAll(seen);
        assertThat(pages).isEqualTo(120);
    }
}
