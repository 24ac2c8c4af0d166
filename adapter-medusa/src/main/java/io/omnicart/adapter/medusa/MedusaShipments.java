package io.omnicart.adapter.medusa;

import io.omnicart.adapter.medusa.client.MedusaClient;
import io.omnicart.adapter.medusa.error.MedusaErrorTranslator;
import io.omnicart.adapter.medusa.mapping.MedusaFields;
import io.omnicart.adapter.medusa.mapping.MedusaOrderMapper;
import io.omnicart.adapter.medusa.mapping.MedusaOrderMetadata;
import io.omnicart.adapter.medusa.mapping.MedusaShipmentPlan;
import io.omnicart.adapter.medusa.mapping.MedusaShipmentPlanner;
import io.omnicart.adapter.medusa.model.MedusaFulfillment;
import io.omnicart.adapter.medusa.model.MedusaFulfillmentRequest;
import io.omnicart.adapter.medusa.model.MedusaItemQuantity;
import io.omnicart.adapter.medusa.model.MedusaLabel;
import io.omnicart.adapter.medusa.model.MedusaOrder;
import io.omnicart.adapter.medusa.model.MedusaShipmentRequest;
import io.omnicart.core.error.CommerceException;
import io.omnicart.core.model.CreateShipmentCommand;
import io.omnicart.core.model.Order;
import io.omnicart.core.spi.StoreConnection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Shipment confirmation (reference §5): a fulfillment for the items (the carrier kept in its metadata), then its
 * shipment with a tracking label, then a fresh read of the order. Which items is {@link MedusaShipmentPlanner}'s call.
 */
final class MedusaShipments {

    private static final Logger log = LoggerFactory.getLogger(MedusaShipments.class);

    private final MedusaClient client;
    private final MedusaOrders orders;

    MedusaShipments(MedusaClient client, MedusaOrders orders) {
        this.client = client;
        this.orders = orders;
    }

    Mono<Order> ship(StoreConnection store, String id, CreateShipmentCommand command) {
        return client.getOrder(store, id, MedusaFields.ORDER_STATE)
                .flatMap(order -> execute(store, order, command))
                .then(orders.get(store, id));
    }

    private Mono<Void> execute(StoreConnection store, MedusaOrder order, CreateShipmentCommand command) {
        MedusaShipmentPlan plan = MedusaShipmentPlanner.plan(order, command);
        Flux<String> fresh = plan.toFulfill().isEmpty()
                ? Flux.empty()
                : fulfillAndShip(store, order, plan, command).flux();
        Flux<String> packed = Flux.fromIterable(plan.packed())
                .concatMap(p -> shipment(store, order.id(), p.fulfillmentId(), p.items(), command)
                        .thenReturn(p.fulfillmentId()));
        return fresh.concatWith(packed)
                .collectList()
                .flatMap(shipped -> rememberCarrier(store, order, shipped, command));
    }

    /** Medusa keeps no carrier; the order's metadata does (see {@link MedusaOrderMetadata#CARRIERS}). */
    private Mono<Void> rememberCarrier(
            StoreConnection store, MedusaOrder order, List<String> fulfillmentIds, CreateShipmentCommand command) {
        if (fulfillmentIds.isEmpty()
                || command.carrier() == null
                || command.carrier().isBlank()) {
            return Mono.empty();
        }
        Map<String, Object> metadata = MedusaOrderMetadata.withCarrier(
                order.metadata(), fulfillmentIds, command.carrier().strip());
        return client.updateOrder(store, order.id(), metadata)
                .onErrorResume(CommerceException.class, failed -> forgetCarrier(order, failed));
    }

    /** The shipment stands; failing the call now would invite a retry that ships twice. */
    private static Mono<Void> forgetCarrier(MedusaOrder order, CommerceException failed) {
        log.warn(
                "Shipment of Medusa order {} confirmed, but its carrier was not kept: {}",
                order.id(),
                failed.getMessage());
        return Mono.empty();
    }

    /** Creates the fulfillment, finds its id on the re-read order, ships it; answers the fulfillment id. */
    private Mono<String> fulfillAndShip(
            StoreConnection store, MedusaOrder order, MedusaShipmentPlan plan, CreateShipmentCommand command) {
        Set<String> before = fulfillmentIds(order);
        MedusaFulfillmentRequest request = new MedusaFulfillmentRequest(
                plan.toFulfill(), null, !command.notifyCustomer(), carrierMetadata(command));
        return client.createOrderFulfillment(store, order.id(), request)
                .then(client.getOrder(store, order.id(), MedusaFields.ORDER_STATE))
                .map(after -> newFulfillment(after, before))
                .flatMap(id -> shipment(store, order.id(), id, plan.toFulfill(), command)
                        .thenReturn(id));
    }

    private Mono<Void> shipment(
            StoreConnection store,
            String orderId,
            String fulfillmentId,
            List<MedusaItemQuantity> items,
            CreateShipmentCommand command) {
        String url = Objects.requireNonNullElse(command.trackingUrl(), "");
        MedusaLabel label = new MedusaLabel(command.trackingNumber(), url, url);
        MedusaShipmentRequest request = new MedusaShipmentRequest(items, List.of(label), !command.notifyCustomer());
        return client.createOrderShipment(store, orderId, fulfillmentId, request);
    }

    private static Map<String, Object> carrierMetadata(CreateShipmentCommand command) {
        String carrier = command.carrier() == null ? "" : command.carrier().strip();
        return carrier.isEmpty() ? Map.of() : Map.of(MedusaOrderMetadata.CARRIER, carrier);
    }

    private static String newFulfillment(MedusaOrder after, Set<String> before) {
        return MedusaOrderMapper.list(after.fulfillments()).stream()
                .filter(fulfillment -> !before.contains(fulfillment.id()) && fulfillment.canceledAt() == null)
                .max(Comparator.comparing(
                        MedusaFulfillment::createdAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(MedusaFulfillment::id)
                .orElseThrow(() -> MedusaErrorTranslator.unexpectedReply("the new fulfillment is not on the order"));
    }

    private static Set<String> fulfillmentIds(MedusaOrder order) {
        return MedusaOrderMapper.list(order.fulfillments()).stream()
                .map(MedusaFulfillment::id)
                .collect(Collectors.toSet());
    }
}
