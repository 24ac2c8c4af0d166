package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.time.Clock;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Carts (reference §9, §12 r24): get, search, delete, convert to an order; the cart API's own 404 body. */
final class CartsHandler {

    private final OmniumStore store;
    private final OmniumOptions options;
    private final Clock clock;

    CartsHandler(OmniumStore store, OmniumOptions options, Clock clock) {
        this.store = store;
        this.options = options;
        this.clock = clock;
    }

    SimResponse get(SimRequest request, List<String> params) {
        return SimResponse.json(200, cart(params.getFirst()).deepCopy());
    }

    SimResponse search(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        String customerId = OmniumJson.text(body, "customerId");
        List<ObjectNode> matching = store.carts().stream()
                .filter(cart -> customerId == null
                        || customerId.equals(cart.path("customerId").asString()))
                .toList();
        return SimResponse.json(200, OmniumPaging.searchPage(body, options, matching));
    }

    SimResponse delete(SimRequest request, List<String> params) {
        cart(params.getFirst());
        store.removeCart(params.getFirst());
        return SimResponse.text(200, "text/plain; charset=utf-8", "");
    }

    /** Converts the cart into a {@code New} order that keeps {@code orderForm.cartId}; the cart is gone afterwards. */
    SimResponse createOrder(SimRequest request, List<String> params) {
        ObjectNode cart = cart(params.getFirst());
        ObjectNode order = cart.deepCopy();
        String id = "CO" + cart.get("id").asString().substring(1);
        String now = OmniumJson.time(clock.instant());
        order.put("id", id);
        order.put("orderNumber", id);
        order.put("status", "New");
        String orderType = request.query().single("orderType");
        order.put("orderType", orderType == null ? OmniumOrderTypes.ONLINE : orderType);
        order.put("created", now);
        order.put("modified", now);
        ((ObjectNode) order.get("orderForm")).put("cartId", cart.get("id").asString());
        store.putOrder(order);
        store.removeCart(params.getFirst());
        return SimResponse.json(200, order.deepCopy());
    }

    SimResponse orderOfCart(SimRequest request, List<String> params) {
        return store.orders().stream()
                .filter(order -> params.getFirst()
                        .equals(order.path("orderForm").path("cartId").asString()))
                .findFirst()
                .map(order -> SimResponse.json(200, order.deepCopy()))
                .orElseThrow(() -> OmniumFailure.notFound("Order not found"));
    }

    private ObjectNode cart(String id) {
        try {
            return store.cart(id);
        } catch (OmniumFailure missing) {
            throw new CartNotFound();
        }
    }

    /** The cart API's documented not-found body. */
    static final class CartNotFound extends OmniumFailure {
        private static final long serialVersionUID = 1L;

        CartNotFound() {
            super(404, "Cart not found");
        }

        @Override
        SimResponse response() {
            ObjectNode body = OmniumJson.object();
            body.put("message", "Cart not found");
            body.put("isSuccessful", false);
            body.put("httpStatusCode", 404);
            return SimResponse.json(404, body);
        }
    }
}
