package io.omnicart.testkit.simulator.medusa.handler;

import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.medusa.state.OrderState;
import io.omnicart.testkit.simulator.medusa.state.OrderWorkflows;
import java.util.Set;

/** {@code POST /admin/orders/{id}/complete|cancel|archive} (reference §5.7). */
public final class OrderActionsHandler {

    private final MedusaStore store;
    private final OrderWorkflows workflows;
    private final OrdersHandler orders;

    public OrderActionsHandler(MedusaStore store, OrdersHandler orders) {
        this.store = store;
        this.workflows = new OrderWorkflows(store);
        this.orders = orders;
    }

    public SimResponse complete(Call call) {
        Bodies.strict(call.body(), Set.of("additional_data"), Set.of());
        OrderState order = OrdersHandler.existing(store, call.param(0));
        workflows.complete(order, store.now());
        return orders.actionReply(call, order);
    }

    /** Cancel takes no body: whatever is sent (a reason, say) is ignored, as by Medusa. */
    public SimResponse cancel(Call call) {
        OrderState order = OrdersHandler.existing(store, call.param(0));
        workflows.cancel(order, store.now());
        return orders.actionReply(call, order);
    }

    public SimResponse archive(Call call) {
        Bodies.strict(call.body(), Set.of(), Set.of());
        OrderState order = OrdersHandler.existing(store, call.param(0));
        workflows.archive(order, store.now());
        return orders.actionReply(call, order);
    }
}
