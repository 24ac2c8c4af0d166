package io.omnicart.adapter.opencart.client;

import io.omnicart.adapter.opencart.auth.OpenCartBridgeSigner;
import io.omnicart.adapter.opencart.error.OpenCartErrorTranslator;
import io.omnicart.adapter.opencart.model.OpenCartBridgeVersion;
import io.omnicart.adapter.opencart.model.OpenCartCategory;
import io.omnicart.adapter.opencart.model.OpenCartCategoryProducts;
import io.omnicart.adapter.opencart.model.OpenCartCustomer;
import io.omnicart.adapter.opencart.model.OpenCartItemError;
import io.omnicart.adapter.opencart.model.OpenCartMetrics;
import io.omnicart.adapter.opencart.model.OpenCartOrder;
import io.omnicart.adapter.opencart.model.OpenCartPage;
import io.omnicart.adapter.opencart.model.OpenCartProduct;
import io.omnicart.adapter.opencart.model.OpenCartProductRef;
import io.omnicart.adapter.opencart.model.OpenCartSettings;
import io.omnicart.adapter.opencart.model.OpenCartShipment;
import io.omnicart.adapter.opencart.model.OpenCartShipmentRequest;
import io.omnicart.adapter.opencart.model.OpenCartStockRequest;
import io.omnicart.adapter.opencart.model.OpenCartStockResult;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.StoreConnection;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OmniCart bridge at {@code <root>/omnicart-bridge.php} (bridge PROTOCOL.md §4): one method per route, each
 * request signed with the account's API user key ({@link OpenCartBridgeSigner}), each answer read as the route's wire
 * record. Cold publishers; failures are core errors.
 */
public final class OpenCartBridgeClient {

    private final OpenCartHttp http;
    private final OpenCartBridgeReplies replies;
    private final JsonMapper json;
    private final Clock clock;

    OpenCartBridgeClient(OpenCartHttp http, OpenCartBridgeReplies replies, JsonMapper json, Clock clock) {
        this.http = http;
        this.replies = replies;
        this.json = json;
        this.clock = clock;
    }

    /** The raw answer of {@code version}, for connect-time checks that must tell "no bridge" from other failures. */
    public Mono<OpenCartReply> probe(StoreConnection store) {
        return send(store, HttpMethod.GET, OpenCartBridgeQuery.route("version"), null, "bridge", null);
    }

    public OpenCartBridgeVersion version(OpenCartReply reply) {
        return replies.value(replies.data(reply, "bridge", null), OpenCartBridgeVersion.class);
    }

    public Mono<OpenCartSettings> settings(StoreConnection store) {
        return get(store, OpenCartBridgeQuery.route("settings"), "settings", null, OpenCartSettings.class);
    }

    public Mono<OpenCartPage<OpenCartOrder>> orders(StoreConnection store, OpenCartBridgeQuery query) {
        return list(store, query, "order", OpenCartOrder.class);
    }

    public Mono<OpenCartOrder> order(StoreConnection store, String orderId) {
        OpenCartBridgeQuery query = OpenCartBridgeQuery.route("order").with("order_id", orderId);
        return get(store, query, "order", orderId, OpenCartOrder.class);
    }

    public Mono<OpenCartShipment> addShipment(StoreConnection store, OpenCartShipmentRequest shipment) {
        String id = Long.toString(shipment.orderId());
        return post(store, "shipment.add", shipment, "order", id)
                .map(reply -> replies.value(replies.data(reply, "order", id), OpenCartShipment.class));
    }

    public Mono<OpenCartPage<OpenCartProduct>> products(StoreConnection store, OpenCartBridgeQuery query) {
        return list(store, query, "product", OpenCartProduct.class);
    }

    public Mono<OpenCartProduct> product(StoreConnection store, String productId) {
        OpenCartBridgeQuery query = OpenCartBridgeQuery.route("product").with("product_id", productId);
        return get(store, query, "product", productId, OpenCartProduct.class);
    }

    public Mono<OpenCartPage<OpenCartCategory>> categories(StoreConnection store, OpenCartBridgeQuery query) {
        return list(store, query, "collection", OpenCartCategory.class);
    }

    public Mono<OpenCartCategory> category(StoreConnection store, String categoryId) {
        OpenCartBridgeQuery query = OpenCartBridgeQuery.route("category").with("category_id", categoryId);
        return get(store, query, "collection", categoryId, OpenCartCategory.class);
    }

    public Mono<OpenCartPage<OpenCartProductRef>> categoryProducts(
            StoreConnection store, String categoryId, int limit, long offset) {
        OpenCartBridgeQuery query = OpenCartBridgeQuery.route("category.products")
                .with("category_id", categoryId)
                .with("limit", limit)
                .with("offset", offset);
        return send(store, HttpMethod.GET, query, null, "collection", categoryId)
                .map(reply -> replies.page(reply, OpenCartProductRef.class, "collection", categoryId));
    }

    public Mono<Void> changeCategory(StoreConnection store, boolean assign, OpenCartCategoryProducts change) {
        String id = Long.toString(change.categoryId());
        return post(store, assign ? "category.assign" : "category.unassign", change, "collection", id)
                .map(reply -> replies.data(reply, "collection", id))
                .then();
    }

    public Mono<OpenCartPage<OpenCartCustomer>> customers(StoreConnection store, OpenCartBridgeQuery query) {
        return list(store, query, "customer", OpenCartCustomer.class);
    }

    public Mono<OpenCartCustomer> customer(StoreConnection store, String customerId) {
        OpenCartBridgeQuery query = OpenCartBridgeQuery.route("customer").with("customer_id", customerId);
        return get(store, query, "customer", customerId, OpenCartCustomer.class);
    }

    public Mono<OpenCartMetrics> metrics(StoreConnection store, String from, String to) {
        OpenCartBridgeQuery query =
                OpenCartBridgeQuery.route("metrics").with("from", from).with("to", to);
        return get(store, query, "metrics", null, OpenCartMetrics.class);
    }

    /** {@code inventory.set}; a 422 {@code validation_failed} is a result (nothing changed), not an error. */
    public Mono<OpenCartStockOutcome> setInventory(StoreConnection store, OpenCartStockRequest request) {
        return post(store, "inventory.set", request, "inventory", null).map(this::stockOutcome);
    }

    private OpenCartStockOutcome stockOutcome(OpenCartReply reply) {
        if (reply.status() == 422 && "validation_failed".equals(OpenCartBridgeReplies.errorCode(reply))) {
            JsonNode errors = OpenCartJson.parse(reply.body())
                    .map(root -> root.path("error").path("details").path("errors"))
                    .orElseThrow();
            List<OpenCartItemError> items = new ArrayList<>();
            errors.values().forEach(error -> items.add(json.treeToValue(error, OpenCartItemError.class)));
            return new OpenCartStockOutcome.Refused(items);
        }
        JsonNode data = replies.data(reply, "inventory", null);
        return new OpenCartStockOutcome.Applied(replies.value(data, OpenCartStockResult.class));
    }

    private <T> Mono<T> get(
            StoreConnection store, OpenCartBridgeQuery query, String resource, @Nullable String id, Class<T> type) {
        return send(store, HttpMethod.GET, query, null, resource, id)
                .map(reply -> replies.value(replies.data(reply, resource, id), type));
    }

    private <T> Mono<OpenCartPage<T>> list(
            StoreConnection store, OpenCartBridgeQuery query, String resource, Class<T> type) {
        return send(store, HttpMethod.GET, query, null, resource, null)
                .map(reply -> replies.page(reply, type, resource));
    }

    private Mono<OpenCartReply> post(
            StoreConnection store, String route, Object body, String resource, @Nullable String id) {
        return Mono.fromCallable(() -> json.writeValueAsBytes(body))
                .flatMap(bytes -> send(store, HttpMethod.POST, OpenCartBridgeQuery.route(route), bytes, resource, id));
    }

    private Mono<OpenCartReply> send(
            StoreConnection store,
            HttpMethod method,
            OpenCartBridgeQuery query,
            byte @Nullable [] body,
            String resource,
            @Nullable String id) {
        return Mono.defer(() -> http.send(signed(store, method, query, body, resource, id)));
    }

    private OpenCartRequest signed(
            StoreConnection store,
            HttpMethod method,
            OpenCartBridgeQuery query,
            byte @Nullable [] body,
            String resource,
            @Nullable String id) {
        Credentials.ApiUser user = apiUser(store);
        URI uri = OpenCartUrls.bridge(store, query.encoded());
        byte[] bytes = body == null ? new byte[0] : body;
        Map<String, String> headers = OpenCartBridgeSigner.headers(
                method.name(),
                uri.getRawPath(),
                query.encoded(),
                bytes,
                user.username(),
                user.apiKey(),
                clock.instant().getEpochSecond(),
                nonce());
        String contentType = body == null ? null : MediaType.APPLICATION_JSON_VALUE;
        return new OpenCartRequest(method, uri, headers, body, contentType, resource, id);
    }

    /** The bridge's error code in an answer, or null when the answer is no bridge error. */
    public static @Nullable String errorCode(OpenCartReply reply) {
        return OpenCartBridgeReplies.errorCode(reply);
    }

    /** The caller address an {@code ip_not_allowed} answer names, if any. */
    public static @Nullable String refusedIp(OpenCartReply reply) {
        return OpenCartBridgeReplies.ipOf(reply);
    }

    /** 32 hex characters of a random UUID: unique per request, as the bridge's replay check wants. */
    public static String nonce() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    static Credentials.ApiUser apiUser(StoreConnection store) {
        if (store.credentials() instanceof Credentials.ApiUser user) {
            return user;
        }
        throw OpenCartErrorTranslator.unsupportedCredentials(
                store.credentials().method().wire());
    }
}
