package io.omnicart.testkit.simulator.medusa;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.testkit.simulator.seed.SeededStore;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Fulfill, ship with tracking labels, deliver: statuses, stock, labels and the order change log. */
class MedusaFulfillmentTest {

    private static MedusaSimulator simulator;
    private SeededStore seeded;
    private MedusaHttp http;
    private String order;

    @BeforeAll
    static void start() {
        simulator = MedusaSimulator.start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void seed() {
        seeded = simulator.seed(StandardSeed.create());
        http = MedusaHttp.withKey(simulator);
        order = "/admin/orders/" + seeded.order("pending-authorized").id();
    }

    @Test
    void shipsAnOrderStepByStep() {
        int stockBefore = stocked("SNK-42");
        String fulfillment = fulfillAll();
        assertThat(status()).isEqualTo("fulfilled");
        assertThat(stocked("SNK-42")).isEqualTo(stockBefore - 1);

        String labels = "[{\"tracking_number\":\"DHL-42\",\"tracking_url\":\"https://track.example/DHL-42\","
                + "\"label_url\":\"https://labels.example/DHL-42.pdf\"}]";
        MedusaHttp.Reply shipped = http.post(
                order + "/fulfillments/" + fulfillment + "/shipments",
                "{\"items\":[{\"id\":\"" + item() + "\",\"quantity\":1}],\"labels\":" + labels + "}");
        assertThat(shipped.status()).isEqualTo(200);
        assertThat(status()).isEqualTo("shipped");
        JsonNode label = http.get(order + "?fields=id,*fulfillments,*fulfillments.labels")
                .json()
                .at("/order/fulfillments/0/labels/0");
        assertThat(label.get("tracking_number").asString()).isEqualTo("DHL-42");
        assertThat(label.get("tracking_url").asString()).isEqualTo("https://track.example/DHL-42");

        http.post(order + "/fulfillments/" + fulfillment + "/mark-as-delivered", "{}");
        assertThat(status()).isEqualTo("delivered");
        assertThat(actions()).containsExactly("FULFILL_ITEM", "SHIP_ITEM", "DELIVER_ITEM");
    }

    @Test
    void labelsAreOnlyInTheDetailWhenAskedFor() {
        String fulfillment = fulfillAll();
        http.post(
                order + "/fulfillments/" + fulfillment + "/shipments",
                "{\"items\":[],\"labels\":[{\"tracking_number\":\"X\"}]}");

        JsonNode detail = http.get(order).json().at("/order/fulfillments/0");
        assertThat(detail.get("shipped_at").isString()).isTrue();
        assertThat(detail.has("labels")).isFalse();
    }

    @Test
    void changesRecordQuantitiesLikeMedusa() {
        String fulfillment = fulfillAll();
        http.post(order + "/fulfillments/" + fulfillment + "/shipments", "{\"items\":[]}");

        JsonNode changes = http.get(order + "/changes").json().get("order_changes");
        assertThat(changes.get(0).at("/actions/0/details/quantity").isNumber()).isTrue();
        assertThat(changes.get(1).at("/actions/0/details/quantity").asString()).isEqualTo("1");
        assertThat(changes.get(1).get("version").asInt()).isEqualTo(3);
    }

    @Test
    void refusesOverFulfillmentAndDoubleShipment() {
        MedusaHttp.Reply tooMany =
                http.post(order + "/fulfillments", "{\"items\":[{\"id\":\"" + item() + "\",\"quantity\":5}]}");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("type").asString()).isEqualTo("not_allowed");

        String fulfillment = fulfillAll();
        http.post(order + "/fulfillments/" + fulfillment + "/shipments", "{\"items\":[]}");
        assertThat(http.post(order + "/fulfillments/" + fulfillment + "/shipments", "{\"items\":[]}")
                        .status())
                .isEqualTo(400);
        assertThat(http.post(order + "/fulfillments/ful_NOPE/shipments", "{\"items\":[]}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void canceledFulfillmentsLetTheOrderBeCanceled() {
        String fulfillment = fulfillAll();
        assertThat(http.post(order + "/cancel", "{}").status()).isEqualTo(400);

        http.post(order + "/fulfillments/" + fulfillment + "/cancel", "{}");
        assertThat(http.post(order + "/cancel", "{}").status()).isEqualTo(200);
    }

    private String fulfillAll() {
        MedusaHttp.Reply reply = http.post(
                order + "/fulfillments",
                "{\"location_id\":\"" + seeded.locationId() + "\",\"items\":[{\"id\":\"" + item()
                        + "\",\"quantity\":1}]}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("order").has("fulfillments")).isFalse();
        return http.get(order + "?fields=id,*fulfillments")
                .json()
                .at("/order/fulfillments/0/id")
                .asString();
    }

    private String item() {
        return http.get(order + "?fields=id,*items")
                .json()
                .at("/order/items/0/id")
                .asString();
    }

    private String status() {
        return http.get(order + "?fields=id")
                .json()
                .at("/order/fulfillment_status")
                .asString();
    }

    private List<String> actions() {
        List<String> actions = new ArrayList<>();
        http.get(order + "/changes")
                .json()
                .get("order_changes")
                .values()
                .forEach(change -> change.get("actions")
                        .values()
                        .forEach(action -> actions.add(action.get("action").asString())));
        return actions;
    }

    private int stocked(String sku) {
        return http.get("/admin/inventory-items?sku=" + sku)
                .json()
                .at("/inventory_items/0/stocked_quantity")
                .asInt();
    }
}
