package io.omnicart.adapter.opencart;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.adapter.opencart.simulator.OpenCartTestStore;
import io.omnicart.core.model.InventoryItem;
import io.omnicart.core.model.InventoryLevel;
import io.omnicart.core.model.InventoryResult;
import io.omnicart.core.model.InventoryResultStatus;
import io.omnicart.core.model.InventorySyncCommand;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Inventory by SKU against the real bridge: 500 SKUs are one bridge call; refused SKUs cost one more. */
class OpenCartInventoryBatchTest {

    private static OpenCartTestStore store;
    private final OpenCartAdapter adapter = OpenCartTestAdapters.create(Duration.ofSeconds(30));

    @BeforeAll
    static void start() {
        store = OpenCartTestStore.fixture("3.0");
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 500; i++) {
            rows.append(i == 1 ? "" : ",")
                    .append("(")
                    .append(1000 + i)
                    .append(",'BULK-")
                    .append(i)
                    .append("','BULK-")
                    .append(i)
                    .append("','','','','','','',5,7,0,1,10,9,1,1,NOW(),NOW())");
        }
        store.sql("INSERT INTO oc_product (product_id, model, sku, upc, ean, jan, isbn, mpn, location, quantity, "
                + "stock_status_id, manufacturer_id, shipping, price, tax_class_id, subtract, status, date_added, "
                + "date_modified) VALUES " + rows);
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    @Test
    void fiveHundredSkusAreOneBridgeCall() {
        List<InventoryItem> items = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            items.add(new InventoryItem("BULK-" + i, i % 7, null));
        }
        store.simulator().clearRequests();

        List<InventoryResult> results = adapter.syncInventory(store.connection(), new InventorySyncCommand(items))
                .block();

        assertThat(bridgeCalls("inventory.set")).isEqualTo(1);
        assertThat(results).hasSize(500);
        assertThat(results.get(4).status()).as("BULK-5 already has 5").isEqualTo(InventoryResultStatus.UNCHANGED);
        assertThat(results.get(6).status()).as("BULK-7 goes to 0").isEqualTo(InventoryResultStatus.UPDATED);
        assertThat(results.get(6).quantity()).isZero();
    }

    @Test
    void unknownAndAmbiguousSkusAreReportedAndTheRestIsWritten() {
        List<InventoryItem> items = List.of(
                new InventoryItem("IPHONE", 500, null),
                new InventoryItem("NO-SUCH-SKU", 1, null),
                new InventoryItem("DUP-SKU", 2, null),
                new InventoryItem("50:302", 4, null));
        store.simulator().clearRequests();

        List<InventoryResult> results = adapter.syncInventory(store.connection(), new InventorySyncCommand(items))
                .block();

        assertThat(results)
                .extracting(InventoryResult::status)
                .containsExactly(
                        InventoryResultStatus.UPDATED,
                        InventoryResultStatus.NOT_FOUND,
                        InventoryResultStatus.AMBIGUOUS,
                        InventoryResultStatus.UPDATED);
        assertThat(bridgeCalls("inventory.set")).isEqualTo(2);
        List<InventoryLevel> levels = adapter.getInventory(store.connection(), List.of("IPHONE", "50:302", "NOPE"))
                .collectList()
                .block();
        assertThat(levels).extracting(InventoryLevel::sku).containsExactlyInAnyOrder("IPHONE", "50:302");
        assertThat(levels)
                .filteredOn(l -> l.sku().equals("IPHONE"))
                .singleElement()
                .satisfies(l -> assertThat(l.quantity()).isEqualTo(500));
    }

    private long bridgeCalls(String route) {
        return store.simulator().requests().stream()
                .filter(r -> r.path().endsWith("/omnicart-bridge.php") && route.equals(r.queryParam("route")))
                .count();
    }
}
