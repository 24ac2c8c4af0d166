package io.omnicart.testkit.simulator.omnium;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.testkit.simulator.seed.SeededOrder;
import io.omnicart.testkit.simulator.seed.SeededStore;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Reference §12 rules 9, 10, 12, 13, 17, 22: search wrapper, paging caps, filters, get by id. */
class OmniumOrderSearchTest {

    private final OmniumSimulator simulator = OmniumSimulator.start();
    private final SeededStore seeded = simulator.seed(StandardSeed.create());
    private final OmniumHttp http = OmniumHttp.loggedIn(simulator);

    @AfterEach
    void close() {
        simulator.close();
    }

    @Test
    void searchAnswersTheWrapperShape() {
        JsonNode body = http.post("/api/Orders/Search", "{\"take\":2,\"page\":0,\"disableFacets\":true}")
                .json();

        assertThat(body.get("result").size())
                .isEqualTo(Math.min(2, seeded.orders().size()));
        assertThat(body.get("totalHits").asLong()).isEqualTo(seeded.orders().size());
        assertThat(body.get("facets").isArray()).isTrue();
        assertThat(body.get("scrollId").isNull()).isTrue();
    }

    @Test
    void defaultSortIsCreatedDescendingAndPagesAreZeroBased() {
        List<String> created = new ArrayList<>();
        for (int page = 0; page * 2 < seeded.orders().size(); page++) {
            http.post("/api/Orders/Search", "{\"take\":2,\"page\":" + page + "}")
                    .json()
                    .get("result")
                    .values()
                    .forEach(order -> created.add(order.get("created").asString()));
        }
        assertThat(created).hasSize(seeded.orders().size());
        assertThat(created).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void takeAbove100IsRejectedOrClampedByOption() {
        assertThat(http.post("/api/Orders/Search", "{\"take\":101}").status()).isEqualTo(400);
        assertThat(http.post("/api/Orders/Search", "{\"take\":100}").status()).isEqualTo(200);

        simulator.options().takeAboveMax(OmniumOptions.TakeAboveMax.CLAMP);
        assertThat(http.post("/api/Orders/Search", "{\"take\":500}").status()).isEqualTo(200);
    }

    @Test
    void windowBeyond10000IsRejected() {
        assertThat(http.post("/api/Orders/Search", "{\"take\":100,\"page\":100}")
                        .status())
                .isEqualTo(200);
        OmniumHttp.Reply beyond = http.post("/api/Orders/Search", "{\"take\":100,\"page\":101}");
        assertThat(beyond.status()).isEqualTo(400);
        assertThat(beyond.json().get("message").asString()).contains("10000");
    }

    @Test
    void missingTakeUsesTheConfigurableDefault() {
        simulator.options().defaultTake(1);
        assertThat(http.post("/api/Orders/Search", "{}").json().get("result").size())
                .isEqualTo(1);
    }

    @Test
    void filtersByStatusEmailAndCaseInsensitiveFieldNames() {
        SeededOrder first = seeded.orders().getFirst();
        String email = simulator.seeded().seed().orders().getFirst().email();

        JsonNode byEmail = http.post("/api/Orders/Search", "{\"Email\":\"" + email + "\",\"Take\":100}")
                .json();
        assertThat(byEmail.get("result").values())
                .allMatch(order -> order.get("customerEmail").asString().equalsIgnoreCase(email))
                .anyMatch(order -> order.get("id").asString().equals(first.id()));

        JsonNode completed = http.post("/api/Orders/Search", "{\"selectedStatuses\":[\"Completed\"],\"take\":100}")
                .json();
        assertThat(completed.get("result").values())
                .allMatch(order -> order.get("status").asString().equals("Completed"));
        assertThat(http.post("/api/Orders/Search", "{\"searchText\":\"" + first.id() + "\"}")
                        .json()
                        .get("totalHits")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void getsOrderByIdWithOrderFormAnd404ForUnknown() {
        SeededOrder first = seeded.orders().getFirst();
        JsonNode order = http.get("/api/Orders/" + first.id()).json();

        assertThat(order.get("id").asString()).isEqualTo(first.id());
        assertThat(order.get("orderNumber").asString()).isEqualTo(first.number());
        assertThat(order.get("orderForm").get("total").decimalValue()).isEqualByComparingTo(first.total());
        assertThat(order.get("orderForm").get("shipments").get(0).get("address").has("line1"))
                .isTrue();

        OmniumHttp.Reply missing = http.get("/api/Orders/nope");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("message").asString()).isEqualTo("Order not found");
    }

    @Test
    void countIsABareInteger() {
        OmniumHttp.Reply count = http.get("/api/Orders/GetOrders/Count");
        assertThat(count.json().isIntegralNumber()).isTrue();
        assertThat(count.json().asLong()).isEqualTo(seeded.orders().size());
    }
}
