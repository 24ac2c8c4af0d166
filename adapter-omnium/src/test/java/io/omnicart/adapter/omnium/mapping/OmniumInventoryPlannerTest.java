package io.omnicart.adapter.omnium.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.adapter.omnium.OmniumSamples;
import io.omnicart.adapter.omnium.model.OmniumInventoryItem;
import io.omnicart.adapter.omnium.model.OmniumMarket;
import io.omnicart.adapter.omnium.model.OmniumSearchResult;
import io.omnicart.adapter.omnium.model.OmniumStore;
import io.omnicart.core.model.InventoryItem;
import io.omnicart.core.model.InventoryResultStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A sync line without {@code locationId} means the tenant's default warehouse, as Omnium flags it. */
class OmniumInventoryPlannerTest {

    private static final List<OmniumMarket> MARKETS = OmniumSamples.list("markets.json", OmniumMarket.class);
    private static final List<OmniumStore> STORES = JsonMapper.builder()
            .build()
            .readValue(OmniumSamples.text("stores.json"), new TypeReference<OmniumSearchResult<OmniumStore>>() {})
            .result();

    @Test
    void theDefaultIsTheWebWarehouseOfTheDefaultMarketWhenNoActiveWarehouseIsPrimary() {
        assertThat(OmniumWarehouses.needsMarkets(STORES)).isTrue();

        OmniumWarehouses warehouses = OmniumWarehouses.of(STORES, MARKETS);

        assertThat(warehouses.defaultCode()).isEqualTo("web-no");
        assertThat(warehouses.codes()).containsExactly("oslo", "web-se", "web-no");
    }

    @Test
    void anActivePrimaryWarehouseWinsOverWebWarehouses() {
        List<OmniumStore> stores = List.of(
                store("web", true, false, null), store("dc", false, true, null), store("shop", false, false, null));

        assertThat(OmniumWarehouses.needsMarkets(stores)).isFalse();
        assertThat(OmniumWarehouses.of(stores, List.of()).defaultCode()).isEqualTo("dc");
    }

    @Test
    void aTenantWithOneUnflaggedWarehouseHasThatOneAndOneWithSeveralHasNone() {
        assertThat(OmniumWarehouses.of(List.of(store("only", false, false, null)), MARKETS)
                        .defaultCode())
                .isEqualTo("only");
        assertThat(OmniumWarehouses.of(List.of(store("a", false, false, null), store("b", false, false, null)), MARKETS)
                        .defaultCode())
                .isNull();
    }

    @Test
    void aLineWithoutLocationSetsTheDefaultWarehouseOfAMultiWarehouseSku() {
        OmniumWarehouses warehouses = OmniumWarehouses.of(STORES, MARKETS);
        List<OmniumInventoryItem> records = List.of(record("oslo", 4), record("web-no", 9), record("web-se", 1));

        OmniumInventoryPlanner.Step step = OmniumInventoryPlanner.plan(line(12, null), records, warehouses);

        assertThat(step.outcome()).isNull();
        assertThat(step.write()).isEqualTo(new OmniumInventoryItem("SKU-1", "web-no", BigDecimal.valueOf(12), null));
        assertThat(OmniumInventoryPlanner.plan(line(9, null), records, warehouses)
                        .outcome()
                        .status())
                .isEqualTo(InventoryResultStatus.UNCHANGED);
    }

    @Test
    void aSkuStockedOnlyOutsideTheDefaultGetsARecordThere() {
        OmniumInventoryPlanner.Step step = OmniumInventoryPlanner.plan(
                line(3, null), List.of(record("oslo", 4)), OmniumWarehouses.of(STORES, MARKETS));

        assertThat(step.write()).isEqualTo(new OmniumInventoryItem("SKU-1", "web-no", BigDecimal.valueOf(3), null));
    }

    @Test
    void withoutADefaultASkuInSeveralWarehousesIsAmbiguousAndTheDetailNamesThem() {
        OmniumWarehouses none = OmniumWarehouses.of(
                List.of(store("a", false, false, null), store("b", false, false, null), store("c", false, false, null)),
                MARKETS);
        List<OmniumInventoryItem> records = List.of(record("a", 1), record("b", 2));

        OmniumInventoryPlanner.Step step = OmniumInventoryPlanner.plan(line(5, null), records, none);

        assertThat(step.outcome().status()).isEqualTo(InventoryResultStatus.AMBIGUOUS);
        assertThat(step.outcome().detail())
                .contains("no default warehouse")
                .contains("stocked in 2 warehouses (a, b)")
                .contains("warehouses are a, b, c")
                .contains("locationId");
        assertThat(OmniumInventoryPlanner.plan(line(5, null), List.of(record("b", 2)), none)
                        .write()
                        .warehouseCode())
                .as("a SKU in one warehouse needs no default")
                .isEqualTo("b");
    }

    @Test
    void anExplicitLocationIsUsedAsGivenAndAnUnknownSkuIsNotFound() {
        OmniumWarehouses warehouses = OmniumWarehouses.of(STORES, MARKETS);
        List<OmniumInventoryItem> records = List.of(record("oslo", 4), record("web-no", 9));

        assertThat(OmniumInventoryPlanner.plan(line(1, "oslo"), records, warehouses)
                        .write()
                        .warehouseCode())
                .isEqualTo("oslo");
        assertThat(OmniumInventoryPlanner.plan(line(1, "web-se"), records, warehouses)
                        .outcome()
                        .status())
                .isEqualTo(InventoryResultStatus.NOT_FOUND);
        assertThat(OmniumInventoryPlanner.plan(line(1, null), List.of(), warehouses)
                        .outcome()
                        .status())
                .isEqualTo(InventoryResultStatus.NOT_FOUND);
    }

    private static OmniumStore store(String id, boolean web, boolean primary, List<String> markets) {
        return new OmniumStore(id, id, false, true, web, primary, false, markets);
    }

    private static OmniumInventoryItem record(String warehouse, int inventory) {
        return new OmniumInventoryItem("SKU-1", warehouse, BigDecimal.valueOf(inventory), BigDecimal.ZERO);
    }

    private static InventoryItem line(int quantity, String locationId) {
        return new InventoryItem("SKU-1", quantity, locationId);
    }
}
