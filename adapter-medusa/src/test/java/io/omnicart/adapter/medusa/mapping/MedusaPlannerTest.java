package io.omnicart.adapter.medusa.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.adapter.medusa.model.MedusaFulfillment;
import io.omnicart.adapter.medusa.model.MedusaInventoryItem;
import io.omnicart.adapter.medusa.model.MedusaInventoryLevel;
import io.omnicart.adapter.medusa.model.MedusaItemQuantity;
import io.omnicart.adapter.medusa.model.MedusaLineItem;
import io.omnicart.adapter.medusa.model.MedusaLineItemDetail;
import io.omnicart.adapter.medusa.model.MedusaOrder;
import io.omnicart.core.error.InvalidRequest;
import io.omnicart.core.error.InvalidState;
import io.omnicart.core.model.CreateShipmentCommand;
import io.omnicart.core.model.InventoryItem;
import io.omnicart.core.model.InventoryResultStatus;
import io.omnicart.core.model.ShipmentItem;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MedusaPlannerTest {

    private static final CreateShipmentCommand ALL = new CreateShipmentCommand("DHL", "T-1", null, List.of(), false);

    @Test
    void byDefaultEveryUnfulfilledUnitIsFulfilled() {
        MedusaOrder order = order("pending", List.of(line("a", 2, 1, 0), line("b", 1, 0, 0)), List.of());

        MedusaShipmentPlan plan = MedusaShipmentPlanner.plan(order, ALL);

        assertThat(plan.toFulfill()).containsExactly(new MedusaItemQuantity("a", 1), new MedusaItemQuantity("b", 1));
        assertThat(plan.packed()).isEmpty();
    }

    @Test
    void whenEverythingIsPackedThePackedFulfillmentIsShipped() {
        MedusaOrder order = order("pending", List.of(line("a", 2, 2, 0)), List.of(fulfillment("ful_1", null)));

        MedusaShipmentPlan plan = MedusaShipmentPlanner.plan(order, ALL);

        assertThat(plan.toFulfill()).isEmpty();
        assertThat(plan.packed()).singleElement().satisfies(packed -> {
            assertThat(packed.fulfillmentId()).isEqualTo("ful_1");
            assertThat(packed.items()).containsExactly(new MedusaItemQuantity("a", 2));
        });
    }

    @Test
    void aFullyShippedOrHopelessOrderIsRefused() {
        OffsetDateTime shipped = OffsetDateTime.parse("2026-11-23T08:00:00Z");
        MedusaOrder done = order("pending", List.of(line("a", 1, 1, 1)), List.of(fulfillment("ful_1", shipped)));

        assertThatThrownBy(() -> MedusaShipmentPlanner.plan(done, ALL)).isInstanceOf(InvalidState.class);
        assertThatThrownBy(() -> MedusaShipmentPlanner.plan(order("canceled", List.of(), List.of()), ALL))
                .isInstanceOf(InvalidState.class)
                .hasMessageContaining("canceled");
    }

    @Test
    void listedItemsMustBeUnfulfilledLinesOfTheOrder() {
        MedusaOrder order = order("pending", List.of(line("a", 2, 1, 0)), List.of());

        assertThat(MedusaShipmentPlanner.plan(order, items(new ShipmentItem("a", 1)))
                        .toFulfill())
                .containsExactly(new MedusaItemQuantity("a", 1));
        assertThatThrownBy(() -> MedusaShipmentPlanner.plan(order, items(new ShipmentItem("a", 2))))
                .isInstanceOfSatisfying(
                        InvalidRequest.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("items[0].quantity"));
        assertThatThrownBy(() -> MedusaShipmentPlanner.plan(order, items(new ShipmentItem("x", 1))))
                .isInstanceOfSatisfying(
                        InvalidRequest.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("items[0].lineItemId"));
    }

    @Test
    void inventoryLinesAreUpdatedOnlyWhenTheLevelDiffers() {
        MedusaInventoryItem item = item("iitem_1", level("sloc_1", 5));

        assertThat(MedusaInventoryPlanner.plan(new InventoryItem("A", 5, null), List.of(item))
                        .outcome()
                        .status())
                .isEqualTo(InventoryResultStatus.UNCHANGED);
        MedusaInventoryPlanner.Write write = MedusaInventoryPlanner.plan(new InventoryItem("A", 7, null), List.of(item))
                .write();
        assertThat(write).isEqualTo(new MedusaInventoryPlanner.Write("iitem_1", "sloc_1", 7, false));
        assertThat(MedusaInventoryPlanner.plan(new InventoryItem("A", 7, "sloc_2"), List.of(item))
                        .write()
                        .create())
                .isTrue();
    }

    @Test
    void inventoryLinesThatCannotBeAppliedSayWhy() {
        MedusaInventoryItem twoLocations = item("iitem_1", level("sloc_1", 5), level("sloc_2", 1));

        assertThat(status(new InventoryItem("A", 1, null), List.of())).isEqualTo(InventoryResultStatus.NOT_FOUND);
        assertThat(status(new InventoryItem("A", 1, null), List.of(item("i1"), item("i2"))))
                .isEqualTo(InventoryResultStatus.AMBIGUOUS);
        assertThat(status(new InventoryItem("A", 1, null), List.of(twoLocations)))
                .isEqualTo(InventoryResultStatus.AMBIGUOUS);
        assertThat(status(new InventoryItem("A", -1, null), List.of(twoLocations)))
                .isEqualTo(InventoryResultStatus.FAILED);
        assertThat(status(new InventoryItem("A", 1, null), List.of(item("i1"))))
                .isEqualTo(InventoryResultStatus.FAILED);
    }

    private static InventoryResultStatus status(InventoryItem line, List<MedusaInventoryItem> matches) {
        return MedusaInventoryPlanner.plan(line, matches).outcome().status();
    }

    private static CreateShipmentCommand items(ShipmentItem... items) {
        return new CreateShipmentCommand("DHL", "T-1", null, List.of(items), false);
    }

    private static MedusaInventoryItem item(String id, MedusaInventoryLevel... levels) {
        return new MedusaInventoryItem(id, "A", List.of(levels));
    }

    private static MedusaInventoryLevel level(String location, int stocked) {
        return new MedusaInventoryLevel("ilev", location, BigDecimal.valueOf(stocked), BigDecimal.ZERO, null);
    }

    private static MedusaLineItem line(String id, int quantity, int fulfilled, int shipped) {
        MedusaLineItemDetail detail = new MedusaLineItemDetail(
                BigDecimal.valueOf(quantity),
                BigDecimal.valueOf(fulfilled),
                BigDecimal.valueOf(shipped),
                BigDecimal.ZERO);
        return new MedusaLineItem(
                id,
                "T",
                null,
                null,
                null,
                null,
                null,
                null,
                BigDecimal.valueOf(quantity),
                BigDecimal.ONE,
                null,
                null,
                null,
                null,
                detail);
    }

    private static MedusaFulfillment fulfillment(String id, OffsetDateTime shippedAt) {
        return new MedusaFulfillment(id, null, null, null, shippedAt, null, null, List.of(), null, null);
    }

    private static MedusaOrder order(String status, List<MedusaLineItem> items, List<MedusaFulfillment> fulfillments) {
        return new MedusaOrder(
                "order_1",
                1L,
                null,
                status,
                false,
                null,
                "eur",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                items,
                null,
                null,
                null,
                fulfillments,
                null,
                null,
                null,
                null,
                null);
    }
}
