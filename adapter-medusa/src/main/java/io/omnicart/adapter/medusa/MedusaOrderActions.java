package io.omnicart.adapter.medusa;

import io.omnicart.adapter.medusa.client.MedusaClient;
import io.omnicart.adapter.medusa.mapping.MedusaFields;
import io.omnicart.adapter.medusa.mapping.MedusaOrderMetadata;
import io.omnicart.adapter.medusa.model.MedusaOrder;
import io.omnicart.core.error.CommerceException;
import io.omnicart.core.model.CancelOrderCommand;
import io.omnicart.core.model.Order;
import io.omnicart.core.spi.StoreConnection;
import java.util.Map;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * Complete, cancel and archive (reference §5.7). Medusa decides what is allowed and its refusals become {@code
 * InvalidState} with its message; every action is followed by a fresh read, since action replies lack the computed
 * statuses (§5.4).
 */
final class MedusaOrderActions {

    private static final Set<String> CANCELLABLE = Set.of("pending", "requires_action");

    private final MedusaClient client;
    private final MedusaOrders orders;

    MedusaOrderActions(MedusaClient client, MedusaOrders orders) {
        this.client = client;
        this.orders = orders;
    }

    Mono<Order> complete(StoreConnection store, String id) {
        return client.completeOrder(store, id).then(orders.get(store, id));
    }

    /** Medusa refuses anything but completed and canceled orders, with its own (misleading) message. */
    Mono<Order> archive(StoreConnection store, String id) {
        return client.archiveOrder(store, id).then(orders.get(store, id));
    }

    /**
     * Medusa's cancel takes no reason, so a reason goes to the order's metadata first ({@code cancel_reason}); once
     * canceled, an order takes no updates (§5.7). The reason is written only when Medusa will allow the cancel (a
     * pending order without live fulfillments) and taken back if the cancel fails anyway.
     */
    Mono<Order> cancel(StoreConnection store, String id, CancelOrderCommand command) {
        String reason = command.reason() == null ? "" : command.reason().strip();
        Mono<Void> cancel = reason.isEmpty()
                ? client.cancelOrder(store, id)
                : client.getOrder(store, id, MedusaFields.ORDER_STATE)
                        .flatMap(order -> cancelWithReason(store, order, reason));
        return cancel.then(orders.get(store, id));
    }

    private Mono<Void> cancelWithReason(StoreConnection store, MedusaOrder order, String reason) {
        if (!canCancel(order)) {
            return client.cancelOrder(store, order.id());
        }
        Map<String, Object> previous = order.metadata() == null ? Map.of() : order.metadata();
        return client.updateOrder(store, order.id(), MedusaOrderMetadata.withCancelReason(previous, reason))
                .then(client.cancelOrder(store, order.id())
                        .onErrorResume(CommerceException.class, refused -> restore(store, order, previous, refused)));
    }

    private Mono<Void> restore(
            StoreConnection store, MedusaOrder order, Map<String, Object> previous, CommerceException refused) {
        Object earlier = previous.getOrDefault(MedusaOrderMetadata.CANCEL_REASON, "");
        return client.updateOrder(store, order.id(), MedusaOrderMetadata.withCancelReason(previous, earlier))
                .onErrorResume(CommerceException.class, ignored -> Mono.empty())
                .then(Mono.error(refused));
    }

    private static boolean canCancel(MedusaOrder order) {
        boolean liveFulfillments =
                order.fulfillments() != null && order.fulfillments().stream().anyMatch(f -> f.canceledAt() == null);
        return CANCELLABLE.contains(order.status()) && !liveFulfillments;
    }
}
