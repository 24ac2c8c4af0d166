package io.omnicart.testkit.simulator.medusa.handler;

import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.medusa.state.MedusaFailure;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.medusa.state.MetadataMerge;
import io.omnicart.testkit.simulator.medusa.state.OrderState;
import io.omnicart.testkit.simulator.medusa.state.OrderWorkflows;
import io.omnicart.testkit.simulator.medusa.wire.FieldTree;
import io.omnicart.testkit.simulator.medusa.wire.ListEnvelope;
import io.omnicart.testkit.simulator.medusa.wire.OrderWire;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** {@code /admin/draft-orders}: list, retrieve, create, update, delete, convert-to-order (reference §6). */
public final class DraftOrdersHandler {

    private static final int DEFAULT_LIMIT = 50;
    private static final Set<String> UPDATE_FIELDS = Set.of(
            "email", "customer_id", "sales_channel_id", "shipping_address", "billing_address", "metadata", "locale");

    private final MedusaStore store;
    private final OrderWire wire;
    private final DraftOrderCreation creation;

    public DraftOrdersHandler(MedusaStore store) {
        this.store = store;
        this.wire = new OrderWire(store);
        this.creation = new DraftOrderCreation(store);
    }

    public SimResponse list(Call call) {
        ListQuery paging = ListQuery.of(call.query(), DEFAULT_LIMIT);
        FieldTree tree =
                OrderQueries.forceListColumns(FieldTree.parse(call.fields(), OrderQueries.DRAFT_LIST_DEFAULTS));
        var page = paging.page(
                OrderQueries.filter(store.orders(true), call.query()), order -> order.id, OrderQueries::sortKey);
        var rows = page.rows().stream()
                .map(order -> wire.renderWithStatuses(order, tree))
                .toList();
        return SimResponse.json(200, ListEnvelope.of("draft_orders", rows, page.count(), page.offset(), page.limit()));
    }

    public SimResponse retrieve(Call call) {
        OrderState draft = draft(call.param(0));
        FieldTree tree = OrderQueries.forceDetailColumns(FieldTree.parse(call.fields(), OrderQueries.DRAFT_DEFAULTS));
        return SimResponse.json(200, ListEnvelope.single("draft_order", wire.renderWithStatuses(draft, tree)));
    }

    public SimResponse create(Call call) {
        OrderState draft = creation.create(call.body());
        return SimResponse.json(200, ListEnvelope.single("draft_order", render(call, draft)));
    }

    public SimResponse update(Call call) {
        OrderState draft = draft(call.param(0));
        ObjectNode body = Bodies.strict(call.body(), UPDATE_FIELDS, Set.of());
        if (body.hasNonNull("email")) {
            draft.email = body.get("email").asString();
        }
        if (body.hasNonNull("customer_id")) {
            draft.customerId = body.get("customer_id").asString();
        }
        if (body.has("metadata")) {
            draft.metadata = MetadataMerge.merge(draft.metadata, body.get("metadata"));
        }
        draft.updatedAt = store.now();
        return SimResponse.json(200, ListEnvelope.single("draft_order", render(call, draft)));
    }

    public SimResponse delete(Call call) {
        OrderState draft = draft(call.param(0));
        store.orders.remove(draft.id);
        return SimResponse.json(200, ListEnvelope.deleted(draft.id, "draft-order"));
    }

    /** The draft becomes a pending order with the same id; stock is reserved, nothing is paid. */
    public SimResponse convert(Call call) {
        OrderState draft = draft(call.param(0));
        new OrderWorkflows(store).convertDraft(draft, store.now());
        return SimResponse.json(200, ListEnvelope.single("order", render(call, draft)));
    }

    private ObjectNode render(Call call, OrderState draft) {
        return wire.render(draft, FieldTree.parse(call.fields(), OrderQueries.DRAFT_DEFAULTS));
    }

    private OrderState draft(String id) {
        OrderState order = store.orders.get(id);
        if (order == null || !order.isDraft) {
            throw MedusaFailure.notFound("Order id not found: " + id);
        }
        return order;
    }
}
