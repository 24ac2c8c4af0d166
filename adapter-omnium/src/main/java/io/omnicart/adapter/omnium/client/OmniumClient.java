package io.omnicart.adapter.omnium.client;

import io.omnicart.adapter.omnium.model.OmniumCommentRequest;
import io.omnicart.adapter.omnium.model.OmniumOrder;
import io.omnicart.adapter.omnium.model.OmniumOrderLinesUpdate;
import io.omnicart.adapter.omnium.model.OmniumOrderPatch;
import io.omnicart.adapter.omnium.model.OmniumOrderSearchRequest;
import io.omnicart.adapter.omnium.model.OmniumOrderType;
import io.omnicart.adapter.omnium.model.OmniumSearchResult;
import io.omnicart.adapter.omnium.model.OmniumUpdateStatus;
import io.omnicart.adapter.omnium.model.OmniumWorkflowResult;
import io.omnicart.core.spi.StoreConnection;
import java.util.List;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/** The order endpoints of the Omnium API (reference §5), one method each; cold, wire records in and out. */
public final class OmniumClient {

    private static final String ORDERS = "/api/Orders/";

    private final OmniumCalls calls;

    public OmniumClient(OmniumCalls calls) {
        this.calls = calls;
    }

    /** {@code POST /api/Orders/Search}. */
    public Mono<OmniumSearchResult<OmniumOrder>> searchOrders(StoreConnection store, OmniumOrderSearchRequest request) {
        return post(store, "/api/Orders/Search", request, "order search");
    }

    /** {@code POST /api/Orders/Scroll}: the first batch of a snapshot and its scroll id (reference §5.9). */
    public Mono<OmniumSearchResult<OmniumOrder>> startOrderScroll(
            StoreConnection store, OmniumOrderSearchRequest request) {
        return post(store, "/api/Orders/Scroll", request, "order scroll");
    }

    /** {@code GET /api/Orders/Scroll/{scrollId}}; an unknown or expired id is {@code NotFound} of a {@code scroll}. */
    public Mono<OmniumSearchResult<OmniumOrder>> continueOrderScroll(StoreConnection store, String scrollId) {
        return calls.call(
                        store,
                        HttpMethod.GET,
                        OmniumCalls.path("/api/Orders/Scroll/", scrollId, ""),
                        null,
                        null,
                        "scroll",
                        "current")
                .map(root -> calls.replies().search(root, OmniumOrder.class));
    }

    public Mono<OmniumOrder> getOrder(StoreConnection store, String id) {
        return calls.call(store, HttpMethod.GET, OmniumCalls.path(ORDERS, id, ""), null, null, "order", id)
                .map(root -> calls.replies().entity(root, OmniumOrder.class, "order", id));
    }

    /** {@code POST /api/Orders/{id}/UpdateStatus}: changes the status and runs its workflow (reference §5.2). */
    public Mono<OmniumWorkflowResult> updateStatus(StoreConnection store, String id, OmniumUpdateStatus body) {
        return calls.call(
                        store, HttpMethod.POST, OmniumCalls.path(ORDERS, id, "/UpdateStatus"), null, body, "order", id)
                .map(root -> calls.replies().value(root, OmniumWorkflowResult.class));
    }

    /** {@code POST /api/Orders/{id}/OrderLinesUpdate}: delivers units of lines in a shipment (reference §5.2). */
    public Mono<Void> updateOrderLines(StoreConnection store, String id, OmniumOrderLinesUpdate body) {
        return calls.call(
                        store,
                        HttpMethod.POST,
                        OmniumCalls.path(ORDERS, id, "/OrderLinesUpdate"),
                        null,
                        body,
                        "order",
                        id)
                .then();
    }

    /** {@code POST /api/Orders/AddComment}: an internal comment, kept in {@code orderNotes}. */
    public Mono<Void> addComment(StoreConnection store, OmniumCommentRequest body) {
        return calls.call(store, HttpMethod.POST, "/api/Orders/AddComment", null, body, "order", body.orderId())
                .then();
    }

    /** {@code PATCH /api/Orders/{id}/PatchOrder}: fields only, no workflow (reference §5.2). */
    public Mono<Void> patchOrder(StoreConnection store, String id, OmniumOrderPatch body) {
        return calls.call(store, HttpMethod.PATCH, OmniumCalls.path(ORDERS, id, "/PatchOrder"), null, body, "order", id)
                .then();
    }

    /** {@code GET /api/Settings/OrderTypes}: the tenant's order types and their status flags (reference §5.3). */
    public Mono<List<OmniumOrderType>> orderTypes(StoreConnection store) {
        return calls.call(store, HttpMethod.GET, "/api/Settings/OrderTypes", null, null, "order types", null)
                .map(root -> calls.replies().array(root, OmniumOrderType.class));
    }

    private Mono<OmniumSearchResult<OmniumOrder>> post(
            StoreConnection store, String path, Object body, String resource) {
        return calls.call(store, HttpMethod.POST, path, null, body, resource, null)
                .map(root -> calls.replies().search(root, OmniumOrder.class));
    }
}
