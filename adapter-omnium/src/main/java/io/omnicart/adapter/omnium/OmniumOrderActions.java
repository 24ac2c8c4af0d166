package io.omnicart.adapter.omnium;

import io.omnicart.adapter.omnium.client.OmniumClient;
import io.omnicart.adapter.omnium.error.OmniumErrorTranslator;
import io.omnicart.adapter.omnium.mapping.OmniumFulfillmentMapper;
import io.omnicart.adapter.omnium.mapping.OmniumOrderMapper;
import io.omnicart.adapter.omnium.mapping.OmniumOrderNotes;
import io.omnicart.adapter.omnium.mapping.OmniumStatusRules;
import io.omnicart.adapter.omnium.model.OmniumActionResult;
import io.omnicart.adapter.omnium.model.OmniumCommentRequest;
import io.omnicart.adapter.omnium.model.OmniumOrder;
import io.omnicart.adapter.omnium.model.OmniumOrderPatch;
import io.omnicart.adapter.omnium.model.OmniumUpdateStatus;
import io.omnicart.adapter.omnium.model.OmniumWorkflowResult;
import io.omnicart.core.model.CancelOrderCommand;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.spi.StoreConnection;
import java.util.List;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * Complete, cancel and archive (reference §5.4). Complete and cancel go through {@code UpdateStatus}, so the tenant's
 * workflow runs, with the order type's delivered or cancelled status; the adapter refuses what OmniCart rules out
 * first (completing a cancelled order, cancelling a completed or shipped one), since Omnium accepts most transitions.
 * A cancel reason becomes an internal comment once the cancel went through. Archive adds the {@code archived} tag
 * (Omnium has no archive) to closed orders only. A locked order (409) is a retryable {@code InvalidState}. Every
 * action answers the order as re-read afterwards.
 */
final class OmniumOrderActions {

    static final String COMMENT_AUTHOR = "OmniCart";

    private final OmniumClient client;
    private final OmniumOrders orders;

    OmniumOrderActions(OmniumClient client, OmniumOrders orders) {
        this.client = client;
        this.orders = orders;
    }

    Mono<Order> complete(StoreConnection store, String id) {
        return orders.read(store, id).flatMap(read -> {
            OrderStatus status = read.toOrder().status();
            if (status != OrderStatus.PENDING) {
                return Mono.error(OmniumErrorTranslator.invalidState("Order " + id + " is " + status.wire() + " ("
                        + read.order().status() + ") and cannot be completed"));
            }
            String target = read.rules().completedStatus(read.order().orderType());
            return updateStatus(store, id, target).then(orders.get(store, id));
        });
    }

    Mono<Order> cancel(StoreConnection store, String id, CancelOrderCommand command) {
        String reason = command.reason() == null ? "" : command.reason().strip();
        return orders.read(store, id).flatMap(read -> {
            String refusal = cancelRefusal(read);
            if (refusal != null) {
                return Mono.error(OmniumErrorTranslator.invalidState(refusal));
            }
            String target = read.rules().canceledStatus(read.order().orderType());
            Mono<Void> note = reason.isEmpty() ? Mono.empty() : client.addComment(store, reasonComment(id, reason));
            return updateStatus(store, id, target).then(note).then(orders.get(store, id));
        });
    }

    /** Idempotent: an archived order stays as it is. */
    Mono<Order> archive(StoreConnection store, String id) {
        return orders.read(store, id).flatMap(read -> {
            OrderStatus status = read.toOrder().status();
            if (status == OrderStatus.ARCHIVED) {
                return Mono.just(read.toOrder());
            }
            if (status != OrderStatus.COMPLETED && status != OrderStatus.CANCELLED) {
                return Mono.error(OmniumErrorTranslator.invalidState(
                        "Only completed or cancelled orders can be archived; order " + id + " is " + status.wire()));
            }
            OmniumOrderPatch tag = new OmniumOrderPatch(List.of(OmniumStatusRules.ARCHIVED_TAG), true);
            return client.patchOrder(store, id, tag).then(orders.get(store, id));
        });
    }

    private static String cancelRefusal(OmniumOrders.Read read) {
        OmniumOrder order = read.order();
        OrderStatus status = read.toOrder().status();
        if (status != OrderStatus.PENDING) {
            return "Order " + order.id() + " is " + status.wire() + " (" + order.status() + ") and cannot be cancelled";
        }
        boolean shipped = OmniumOrderMapper.lines(order).stream()
                .anyMatch(line -> OmniumFulfillmentMapper.shipped(order, read.rules(), line)
                                .signum()
                        > 0);
        return shipped
                ? "Order " + order.id() + " has shipped items: cancelling would void its payments for goods already"
                        + " on their way; register a return in Omnium instead"
                : null;
    }

    private Mono<Void> updateStatus(StoreConnection store, String id, String status) {
        return client.updateStatus(store, id, new OmniumUpdateStatus(status, null))
                .flatMap(OmniumOrderActions::checkWorkflow);
    }

    /** A 200 may still say the workflow gave up ({@code isAborted}, reference §5.2). */
    static Mono<Void> checkWorkflow(OmniumWorkflowResult result) {
        if (!Boolean.TRUE.equals(result.isAborted())) {
            return Mono.empty();
        }
        String reason = result.orderActionExecutionResults() == null
                ? "no reason given"
                : result.orderActionExecutionResults().stream()
                        .map(OmniumActionResult::errorReason)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse("no reason given");
        return Mono.error(OmniumErrorTranslator.workflowAborted(reason));
    }

    private static OmniumCommentRequest reasonComment(String orderId, String reason) {
        return new OmniumCommentRequest(
                orderId, reason, "Internal", COMMENT_AUTHOR, List.of(OmniumOrderNotes.CANCEL_REASON_TAG));
    }
}
