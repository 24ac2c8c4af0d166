package io.omnicart.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.error.NotFound;
import io.omnicart.core.model.Capability;
import io.omnicart.core.model.CreateDraftOrderCommand;
import io.omnicart.core.model.DraftOrder;
import io.omnicart.core.model.DraftOrderItem;
import io.omnicart.core.model.LineItem;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.PageRequest;
import io.omnicart.testkit.simulator.seed.SeededOrder;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Draft orders: list, read, create (by SKU or variant, in a currency), delete, and conversion into an order. */
public abstract class DraftOrderContract extends ContractGroup {

    protected DraftOrderContract(CommerceAdapterContract contract) {
        super(contract);
    }

    @Test
    void listsTheDraftsNewestFirst() {
        if (!supports(Capability.DRAFT_ORDERS_READ, () -> adapter().listDraftOrders(store(), PageRequest.first(1)))) {
            return;
        }
        List<DraftOrder> drafts = allPages(page -> adapter().listDraftOrders(store(), page), 1);

        assertThat(drafts)
                .extracting(DraftOrder::id)
                .containsExactly(
                        seeded().draftOrder("draft-usd").id(),
                        seeded().draftOrder("draft-eur").id());
        assertThat(drafts).extracting(DraftOrder::createdAt).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void readsADraftWithItsLinesAndTotals() {
        if (!supports(Capability.DRAFT_ORDERS_READ, () -> adapter().getDraftOrder(store(), noDraft()))) {
            return;
        }
        SeededOrder seededDraft = seeded().draftOrder("draft-eur");
        DraftOrder draft = await(adapter().getDraftOrder(store(), seededDraft.id()));

        assertThat(draft.email()).isEqualTo(StandardSeed.ALICE);
        assertThat(draft.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(draft.totals().total().amount()).isEqualByComparingTo(seededDraft.total());
        assertThat(draft.lineItems()).extracting(LineItem::sku).containsExactlyInAnyOrder("TOTE-NAT", "TEE-S-WHT");
        assertThat(draft.lineItems())
                .filteredOn(line -> "TEE-S-WHT".equals(line.sku()))
                .extracting(LineItem::quantity)
                .containsExactly(2);
        assertThat(draft.shippingAddress().city()).isEqualTo("Paris");
    }

    @Test
    void createsADraftBySkuAndVariantInACurrency() {
        CreateDraftOrderCommand command = new CreateDraftOrderCommand(
                StandardSeed.BOB,
                null,
                "USD",
                null,
                List.of(
                        new DraftOrderItem(null, "TEE-L-BLK", 1),
                        new DraftOrderItem(seeded().variantId("HOOD-M"), null, 2)));
        if (!supports(Capability.DRAFT_ORDERS_WRITE, () -> adapter().createDraftOrder(store(), command))) {
            return;
        }
        DraftOrder draft = await(adapter().createDraftOrder(store(), command));

        assertThat(draft.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(draft.email()).isEqualTo(StandardSeed.BOB);
        assertThat(draft.lineItems()).extracting(LineItem::sku).containsExactlyInAnyOrder("TEE-L-BLK", "HOOD-M");
        LineItem tee = draft.lineItems().stream()
                .filter(l -> "TEE-L-BLK".equals(l.sku()))
                .findFirst()
                .orElseThrow();
        assertThat(tee.unitPrice().amount()).isEqualByComparingTo("24.99");
        assertThat(await(adapter().getDraftOrder(store(), draft.id())).lineItems())
                .hasSize(2);
    }

    @Test
    void deletesADraft() {
        if (!supports(Capability.DRAFT_ORDERS_WRITE, () -> adapter().deleteDraftOrder(store(), noDraft()))) {
            return;
        }
        String id = seeded().draftOrder("draft-usd").id();
        await(adapter().deleteDraftOrder(store(), id));

        failure(adapter().getDraftOrder(store(), id), NotFound.class);
    }

    @Test
    void convertsADraftIntoAPendingOrder() {
        if (!supports(Capability.DRAFT_ORDERS_WRITE, () -> adapter().convertDraftOrder(store(), noDraft()))) {
            return;
        }
        String id = seeded().draftOrder("draft-eur").id();
        Order order = await(adapter().convertDraftOrder(store(), id));

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.email()).isEqualTo(StandardSeed.ALICE);
        assertThat(order.lineItems()).extracting(LineItem::sku).containsExactlyInAnyOrder("TOTE-NAT", "TEE-S-WHT");
        assertThat(await(adapter().getOrder(store(), order.id())).status()).isEqualTo(OrderStatus.PENDING);
        assertThat(allPages(page -> adapter().listDraftOrders(store(), page), 10))
                .extracting(DraftOrder::id)
                .doesNotContain(id);
    }

    @Test
    void aLiveOrderIsNoDraft() {
        String orderId = seeded().order("pending-unpaid").id();
        if (!supports(Capability.DRAFT_ORDERS_READ, () -> adapter().getDraftOrder(store(), orderId))) {
            return;
        }
        failure(adapter().getDraftOrder(store(), orderId), NotFound.class);
        if (adapter().capabilities().contains(Capability.DRAFT_ORDERS_WRITE)) {
            failure(adapter().deleteDraftOrder(store(), orderId), NotFound.class);
            assertThat(await(adapter().getOrder(store(), orderId)).id()).isEqualTo(orderId);
        }
    }

    /** An id for checking a capability first: a platform without draft orders stores none of the seed's. */
    private String noDraft() {
        return contract().unknownId("draft_order");
    }
}
