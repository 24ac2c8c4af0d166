package io.omnicart.adapter.medusa.client;

import static io.omnicart.adapter.medusa.client.MedusaCalls.path;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import io.omnicart.adapter.medusa.model.MedusaCustomer;
import io.omnicart.adapter.medusa.model.MedusaDraftOrderRequest;
import io.omnicart.adapter.medusa.model.MedusaFulfillmentRequest;
import io.omnicart.adapter.medusa.model.MedusaList;
import io.omnicart.adapter.medusa.model.MedusaMetadataUpdate;
import io.omnicart.adapter.medusa.model.MedusaOrder;
import io.omnicart.adapter.medusa.model.MedusaOrderChange;
import io.omnicart.adapter.medusa.model.MedusaRegion;
import io.omnicart.adapter.medusa.model.MedusaShipmentRequest;
import io.omnicart.adapter.medusa.model.MedusaStore;
import io.omnicart.core.spi.StoreConnection;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * The order-side Admin API endpoints (reference §5, §6, §8, §10, §11), one method each, named after the endpoint. Returns
 * wire records; every list and read sends the {@code fields} and {@code limit} the caller gives. Actions answer
 * nothing useful (their replies lack computed statuses, §5.4), so they complete empty.
 */
public final class MedusaClient {

    private static final String ORDERS = "/admin/orders";
    private static final String DRAFTS = "/admin/draft-orders";
    private static final String CUSTOMERS = "/admin/customers";
    private static final String ID_ONLY = "id";

    private final MedusaCalls calls;
    private final MedusaReplies replies;

    public MedusaClient(MedusaCalls calls) {
        this.calls = calls;
        this.replies = calls.replies();
    }

    public Mono<MedusaList<MedusaOrder>> listOrders(StoreConnection store, MedusaQuery query) {
        return calls.call(store, GET, ORDERS, query, null, "order", null, replies.list("orders", MedusaOrder.class));
    }

    public Mono<MedusaOrder> getOrder(StoreConnection store, String id, String fields) {
        return calls.call(
                store,
                GET,
                path(ORDERS + "/", id, ""),
                MedusaQuery.fields(fields),
                null,
                "order",
                id,
                replies.entity("order", MedusaOrder.class, "order", id));
    }

    public Mono<List<MedusaOrderChange>> listOrderChanges(StoreConnection store, String id) {
        return calls.call(
                store,
                GET,
                path(ORDERS + "/", id, "/changes"),
                MedusaQuery.fields("*actions"),
                null,
                "order",
                id,
                replies.array("order_changes", MedusaOrderChange.class));
    }

    public Mono<Void> updateOrder(StoreConnection store, String id, Map<String, Object> metadata) {
        return action(store, id, "", new MedusaMetadataUpdate(metadata));
    }

    public Mono<Void> completeOrder(StoreConnection store, String id) {
        return action(store, id, "/complete", Map.of());
    }

    /** Medusa's cancel takes no reason (reference §5.7). */
    public Mono<Void> cancelOrder(StoreConnection store, String id) {
        return action(store, id, "/cancel", Map.of());
    }

    public Mono<Void> archiveOrder(StoreConnection store, String id) {
        return action(store, id, "/archive", Map.of());
    }

    public Mono<Void> createOrderFulfillment(StoreConnection store, String id, MedusaFulfillmentRequest body) {
        return action(store, id, "/fulfillments", body);
    }

    public Mono<Void> createOrderShipment(
            StoreConnection store, String id, String fulfillmentId, MedusaShipmentRequest body) {
        return action(store, id, "/fulfillments/" + MedusaCalls.segment(fulfillmentId) + "/shipments", body);
    }

    public Mono<MedusaList<MedusaOrder>> listDraftOrders(StoreConnection store, MedusaQuery query) {
        return calls.call(
                store, GET, DRAFTS, query, null, "draft_order", null, replies.list("draft_orders", MedusaOrder.class));
    }

    public Mono<MedusaOrder> getDraftOrder(StoreConnection store, String id, String fields) {
        return calls.call(
                store,
                GET,
                path(DRAFTS + "/", id, ""),
                MedusaQuery.fields(fields),
                null,
                "draft_order",
                id,
                replies.entity("draft_order", MedusaOrder.class, "draft_order", id));
    }

    public Mono<MedusaOrder> createDraftOrder(StoreConnection store, MedusaDraftOrderRequest body, String fields) {
        return calls.call(
                store,
                POST,
                DRAFTS,
                MedusaQuery.fields(fields),
                body,
                "draft_order",
                null,
                replies.created("draft_order", MedusaOrder.class));
    }

    public Mono<Void> deleteDraftOrder(StoreConnection store, String id) {
        return calls.call(
                        store,
                        DELETE,
                        path(DRAFTS + "/", id, ""),
                        MedusaQuery.fields(ID_ONLY),
                        null,
                        "draft_order",
                        id,
                        replies.ignored())
                .then();
    }

    /** The order keeps the draft's id (reference §6). */
    public Mono<Void> convertDraftOrder(StoreConnection store, String id) {
        return calls.call(
                        store,
                        POST,
                        path(DRAFTS + "/", id, "/convert-to-order"),
                        MedusaQuery.fields(ID_ONLY),
                        Map.of(),
                        "draft_order",
                        id,
                        replies.ignored())
                .then();
    }

    public Mono<MedusaList<MedusaCustomer>> listCustomers(StoreConnection store, MedusaQuery query) {
        return calls.call(
                store, GET, CUSTOMERS, query, null, "customer", null, replies.list("customers", MedusaCustomer.class));
    }

    public Mono<MedusaCustomer> getCustomer(StoreConnection store, String id, String fields) {
        return calls.call(
                store,
                GET,
                path(CUSTOMERS + "/", id, ""),
                MedusaQuery.fields(fields),
                null,
                "customer",
                id,
                replies.entity("customer", MedusaCustomer.class, "customer", id));
    }

    public Mono<MedusaList<MedusaStore>> listStores(StoreConnection store, MedusaQuery query) {
        return calls.call(
                store, GET, "/admin/stores", query, null, "store", null, replies.list("stores", MedusaStore.class));
    }

    /** {@code GET /admin/stores} with a fresh login: the connect-time check of credentials and server. */
    public Mono<MedusaList<MedusaStore>> listStoresAfresh(StoreConnection store, MedusaQuery query) {
        return calls.callAfresh(store, "/admin/stores", query, "store", replies.list("stores", MedusaStore.class));
    }

    public Mono<MedusaList<MedusaRegion>> listRegions(StoreConnection store, MedusaQuery query) {
        return calls.call(
                store, GET, "/admin/regions", query, null, "region", null, replies.list("regions", MedusaRegion.class));
    }

    private Mono<Void> action(StoreConnection store, String id, String suffix, Object body) {
        return calls.call(
                        store,
                        POST,
                        path(ORDERS + "/", id, suffix),
                        MedusaQuery.fields(ID_ONLY),
                        body,
                        "order",
                        id,
                        replies.ignored())
                .then();
    }
}
