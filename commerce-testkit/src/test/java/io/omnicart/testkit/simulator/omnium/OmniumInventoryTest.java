package io.omnicart.testkit.simulator.omnium;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.testkit.simulator.seed.SeededStore;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Reference §2, §6: inventory items, UpdateMany (≤ 1,000, upsert, reservations), reads and products showing stock. */
class OmniumInventoryTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T12:00:00Z"));
    private final OmniumSimulator simulator = OmniumSimulator.start(clock);
    private final SeededStore seeded = simulator.seed(StandardSeed.create());
    private final OmniumHttp http = OmniumHttp.loggedIn(simulator);

    @AfterEach
    void close() {
        simulator.close();
    }

    private JsonNode item(String sku) {
        return http.get("/api/Inventory/" + sku).json().get("result").get(0);
    }

    @Test
    void seededStockIsReceivedMinusShippedWithOpenOrdersReserved() {
        JsonNode untouched = item("TEE-L-BLK");
        assertThat(untouched.get("inventory").asInt()).isEqualTo(10);
        assertThat(untouched.get("reservedInventory").asInt()).isZero();
        assertThat(untouched.get("warehouseCode").asString()).isEqualTo(seeded.storeId());

        JsonNode hoodie = item("HOOD-L");
        assertThat(hoodie.get("inventory").asInt()).as("one delivered").isEqualTo(7);
        assertThat(hoodie.get("reservedInventory").asInt())
                .as("pending-unpaid holds two")
                .isEqualTo(2);
        assertThat(http.get("/api/Inventory/GIFT-50").json().get("totalHits").asLong())
                .as("not tracked")
                .isZero();
    }

    @Test
    void updateManyUpsertsKeepsReservationsAndShowsInProducts() {
        String body = "[{\"sku\":\"HOOD-L\",\"warehouseCode\":\"webshop\",\"inventory\":20,\"reservedInventory\":0},"
                + "{\"Sku\":\"NEW-SKU\",\"WarehouseCode\":\"webshop\",\"Inventory\":3}]";
        assertThat(http.put("/api/Inventory/UpdateMany", body).status()).isEqualTo(200);

        assertThat(item("HOOD-L").get("inventory").asInt()).isEqualTo(20);
        assertThat(item("HOOD-L").get("reservedInventory").asInt())
                .as("kept by default")
                .isEqualTo(2);
        assertThat(item("NEW-SKU").get("inventory").asInt()).isEqualTo(3);
        JsonNode hoodie = variant(http.get("/api/Products/HOOD-L").json(), "HOOD-L");
        assertThat(hoodie.get("availableInventory").asInt()).isEqualTo(18);
        assertThat(hoodie.get("inventory").get(0).get("quantity").asInt()).isEqualTo(18);
        assertThat(hoodie.get("isInStock").asBoolean()).isTrue();

        http.put("/api/Inventory/UpdateMany?isReservedInventoryOverwritten=true", body);
        assertThat(item("HOOD-L").get("reservedInventory").asInt()).isZero();
    }

    @Test
    void anUnchangedItemKeepsItsModifiedDate() {
        String body = "[{\"sku\":\"TEE-L-BLK\",\"warehouseCode\":\"webshop\",\"inventory\":4}]";
        http.put("/api/Inventory/UpdateMany", body);
        String first = item("TEE-L-BLK").get("modified").asString();
        clock.advance(Duration.ofMinutes(1));
        http.put("/api/Inventory/UpdateMany", body);

        assertThat(item("TEE-L-BLK").get("modified").asString()).isEqualTo(first);
    }

    @Test
    void batchesAreCappedAt1000AndItemsNeedSkuAndWarehouse() {
        StringBuilder body = new StringBuilder("[");
        for (int index = 0; index < 1001; index++) {
            body.append(index == 0 ? "" : ",")
                    .append("{\"sku\":\"S")
                    .append(index)
                    .append("\",\"warehouseCode\":\"webshop\",\"inventory\":1}");
        }
        OmniumHttp.Reply tooMany =
                http.put("/api/Inventory/UpdateMany", body.append("]").toString());
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("message").asString()).contains("1000");
        assertThat(http.put("/api/Inventory/UpdateMany", "[{\"sku\":\"X\"}]").status())
                .isEqualTo(400);
        assertThat(http.put("/api/Inventory/UpdateMany", "{}").status()).isEqualTo(400);
    }

    @Test
    void someSkusAreStockedInSeveralWarehouses() {
        JsonNode sneaker = http.get("/api/Inventory/SNK-44").json().get("result");
        assertThat(sneaker.values())
                .extracting(item -> item.get("warehouseCode").asString())
                .containsExactly(seeded.locationId(), "store-berlin", "dc-central");
        JsonNode product =
                OmniumInventoryTest.variant(http.get("/api/Products/SNK-44").json(), "SNK-44");
        assertThat(product.get("inventory").size()).isEqualTo(3);
        assertThat(http.get("/api/Inventory/TEE-L-BLK").json().get("result").values())
                .as("the rest only in the web warehouse")
                .singleElement()
                .satisfies(
                        item -> assertThat(item.get("warehouseCode").asString()).isEqualTo(seeded.locationId()));
    }

    @Test
    void searchFiltersAndScrollsBeyondAThousandItems() {
        JsonNode some = http.post("/api/Inventory/Search", "{\"productCodes\":[\"TEE-L-BLK\",\"HOOD-L\"]}")
                .json();
        assertThat(some.get("totalHits").asLong()).isEqualTo(2);
        assertThat(some.get("scrollId").isNull()).isTrue();

        StringBuilder body = new StringBuilder("[");
        for (int index = 0; index < 1000; index++) {
            body.append(index == 0 ? "" : ",")
                    .append("{\"sku\":\"BULK")
                    .append(index)
                    .append("\",\"warehouseCode\":\"webshop\",\"inventory\":1}");
        }
        http.put("/api/Inventory/UpdateMany", body.append("]").toString());
        JsonNode first = http.post("/api/Inventory/Search", "{}").json();
        assertThat(first.get("result").size()).isEqualTo(1000);
        JsonNode rest = http.get(
                        "/api/Inventory/Scroll/" + first.get("scrollId").asString())
                .json();
        assertThat(first.get("result").size() + rest.get("result").size())
                .isEqualTo((int) first.get("totalHits").asLong());
    }

    @Test
    void transactionsApplyDeltas() {
        http.post(
                "/api/Inventory/ProcessInventoryTransactions",
                "[{\"skuId\":\"TEE-L-BLK\",\"warehouseCode\":\"webshop\",\"inventoryChange\":-3}]");
        assertThat(item("TEE-L-BLK").get("inventory").asInt()).isEqualTo(7);
    }

    @Test
    void shippingAnOrderTakesItsUnitsOutOfStock() {
        String id = seeded.order("pending-unpaid").id();
        http.post("/api/Orders/" + id + "/UpdateStatus", "{\"status\":\"Ship\"}");

        JsonNode hoodie = item("HOOD-L");
        assertThat(hoodie.get("inventory").asInt()).isEqualTo(5);
        assertThat(hoodie.get("reservedInventory").asInt()).isZero();
    }

    static JsonNode variant(JsonNode product, String sku) {
        for (JsonNode variant : product.get("variants").values()) {
            if (variant.get("skuId").asString().equals(sku)) {
                return variant;
            }
        }
        throw new AssertionError("no variant " + sku);
    }
}
