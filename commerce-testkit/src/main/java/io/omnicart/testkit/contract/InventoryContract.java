package io.omnicart.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.model.Capability;
import io.omnicart.core.model.InventoryItem;
import io.omnicart.core.model.InventoryLevel;
import io.omnicart.core.model.InventoryResult;
import io.omnicart.core.model.InventoryResultStatus;
import io.omnicart.core.model.InventorySyncCommand;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** Stock by SKU: current levels, and an idempotent sync with one result per item, in order. */
public abstract class InventoryContract extends ContractGroup {

    protected InventoryContract(CommerceAdapterContract contract) {
        super(contract);
    }

    @Test
    void readsLevelsOfKnownSkusOnly() {
        List<String> skus = List.of("TEE-L-BLK", "NO-SUCH-SKU", "HOOD-L");
        if (!supports(
                Capability.INVENTORY_READ,
                () -> adapter().getInventory(store(), skus).collectList())) {
            return;
        }
        List<InventoryLevel> levels = awaitAll(adapter().getInventory(store(), skus));

        assertThat(levels)
                .extracting(InventoryLevel::sku)
                .contains("TEE-L-BLK", "HOOD-L")
                .doesNotContain("NO-SUCH-SKU");
        assertThat(level(levels, "TEE-L-BLK").quantity()).isEqualTo(10);
    }

    @Test
    void syncSetsAbsoluteLevelsAndReportsEachItemInOrder() {
        InventorySyncCommand command = new InventorySyncCommand(List.of(
                new InventoryItem("TEE-L-BLK", 15, null),
                new InventoryItem("NO-SUCH-SKU", 3, null),
                new InventoryItem("SNK-44", 7, null)));
        if (!supports(Capability.INVENTORY_WRITE, () -> adapter().syncInventory(store(), command))) {
            return;
        }
        List<InventoryResult> results = await(adapter().syncInventory(store(), command));

        assertThat(results).extracting(InventoryResult::sku).containsExactly("TEE-L-BLK", "NO-SUCH-SKU", "SNK-44");
        assertThat(results)
                .extracting(InventoryResult::status)
                .containsExactly(
                        InventoryResultStatus.UPDATED, InventoryResultStatus.NOT_FOUND, InventoryResultStatus.UPDATED);
        assertThat(results.getFirst().quantity()).isEqualTo(15);
        assertThat(level(awaitAll(adapter().getInventory(store(), List.of("TEE-L-BLK"))), "TEE-L-BLK")
                        .quantity())
                .isEqualTo(15);
    }

    /**
     * An item without {@code locationId} means the store's default location (where the seeded stock lives), also for a
     * SKU the store keeps at several locations: that location's level is set and every other level stays as it was.
     */
    @Test
    void aSyncWithoutLocationSetsTheDefaultLocationOnly() {
        List<String> sneaker = List.of("SNK-44");
        InventorySyncCommand command = new InventorySyncCommand(List.of(new InventoryItem("SNK-44", 17, null)));
        if (!supports(Capability.INVENTORY_WRITE, () -> adapter().syncInventory(store(), command))
                || !supports(
                        Capability.INVENTORY_READ,
                        () -> adapter().getInventory(store(), sneaker).collectList())) {
            return;
        }
        List<InventoryLevel> before = awaitAll(adapter().getInventory(store(), sneaker));

        List<InventoryResult> results = await(adapter().syncInventory(store(), command));

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.status()).isEqualTo(InventoryResultStatus.UPDATED);
            assertThat(result.quantity()).isEqualTo(17);
        });
        List<InventoryLevel> after = awaitAll(adapter().getInventory(store(), sneaker));
        assertThat(after)
                .filteredOn(this::atDefaultLocation)
                .singleElement()
                .extracting(InventoryLevel::quantity)
                .isEqualTo(17);
        assertThat(after)
                .filteredOn(level -> !atDefaultLocation(level))
                .as("the other locations keep their stock")
                .containsExactlyInAnyOrderElementsOf(before.stream()
                        .filter(level -> !atDefaultLocation(level))
                        .toList());
    }

    /** A level at the default location; a platform without locations reports none. */
    private boolean atDefaultLocation(InventoryLevel level) {
        return level.locationId() == null || level.locationId().equals(seeded().locationId());
    }

    @Test
    void aRepeatedSyncChangesNothing() {
        InventorySyncCommand command = new InventorySyncCommand(List.of(new InventoryItem("TEE-L-BLK", 4, null)));
        if (!supports(Capability.INVENTORY_WRITE, () -> adapter().syncInventory(store(), command))) {
            return;
        }
        await(adapter().syncInventory(store(), command));
        List<InventoryResult> again = await(adapter().syncInventory(store(), command));

        assertThat(again).singleElement().satisfies(result -> {
            assertThat(result.status()).isEqualTo(InventoryResultStatus.UNCHANGED);
            assertThat(result.quantity()).isEqualTo(4);
        });
    }

    @Test
    void theProductShowsTheSyncedStock() {
        InventorySyncCommand command = new InventorySyncCommand(List.of(new InventoryItem("TEE-L-BLK", 21, null)));
        String tee = seeded().productId("classic-tee");
        if (!supports(Capability.INVENTORY_WRITE, () -> adapter().syncInventory(store(), command))
                || !supports(Capability.PRODUCTS_READ, () -> adapter().getProduct(store(), tee))) {
            return;
        }
        await(adapter().syncInventory(store(), command));

        Mono<io.omnicart.core.model.Product> product = adapter().getProduct(store(), tee);
        assertThat(ProductContract.variant(await(product), "TEE-L-BLK").inventoryQuantity())
                .isEqualTo(21);
    }

    private static InventoryLevel level(List<InventoryLevel> levels, String sku) {
        return levels.stream()
                .filter(level -> level.sku().equals(sku))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no level for " + sku + " in " + levels));
    }
}
