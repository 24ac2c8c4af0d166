package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.http.QueryParams;
import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Carts (reference §9, §12 r24): read (get, search, scroll, GET list, by customer), build (create, add items by SKU,
 * set quantity, delete lines, customer, shipments, patch), validate, deactivate, delete, and convert into an order
 * ({@code CreateOrderFromCart}). Line prices come from the product's price for the cart's market (market, then market
 * group, then currency). The cart API's own error bodies: 404 {@code {message, isSuccessful, httpStatusCode}}, 422
 * {@code OmniumCartOmniumValidationResult}.
 */
final class CartsHandler {

    static final String SCROLL_KIND = "carts";
    private static final Set<String> IMMUTABLE =
            Set.of("id", "created", "modified", "orderForm", "status", "billingCurrency");

    private final OmniumStore store;
    private final OmniumOptions options;
    private final OmniumCaller caller;
    private final OmniumScrolls scrolls;
    private final OmniumWorkflow workflow;
    private final Clock clock;

    CartsHandler(
            OmniumStore store,
            OmniumOptions options,
            OmniumCaller caller,
            OmniumScrolls scrolls,
            OmniumWorkflow workflow,
            Clock clock) {
        this.store = store;
        this.options = options;
        this.caller = caller;
        this.scrolls = scrolls;
        this.workflow = workflow;
        this.clock = clock;
    }

    private ObjectNode cart(String id) {
        return caller.check(store.cart(id));
    }

    private SimResponse answer(ObjectNode cart) {
        return SimResponse.json(200, cart.deepCopy());
    }

    // ---- reads

    SimResponse get(SimRequest request, List<String> params) {
        return answer(cart(params.getFirst()));
    }

    SimResponse search(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        return SimResponse.json(200, OmniumPaging.searchPage(body, options, matching(body)));
    }

    SimResponse startScroll(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        Integer take = OmniumJson.integer(body, "take");
        String id = scrolls.start(
                SCROLL_KIND, matching(body), take == null || take <= 0 ? options.defaultScrollBatch() : take);
        return SimResponse.json(200, OmniumScrolls.wrapper(scrolls.next(SCROLL_KIND, id)));
    }

    SimResponse continueScroll(SimRequest request, List<String> params) {
        return SimResponse.json(200, OmniumScrolls.wrapper(scrolls.next(SCROLL_KIND, params.getFirst())));
    }

    /** {@code GET /api/Cart/GetCarts?storeIds&changedSince&page&pageSize}: modified descending, 1-based pages. */
    SimResponse list(SimRequest request, List<String> params) {
        QueryParams query = request.query();
        List<String> stores = query.values("storeIds");
        String changedSince = query.single("changedSince");
        Instant since = changedSince == null ? null : OmniumJson.parseTime(changedSince);
        List<ObjectNode> carts = sorted(caller.visible(store.carts()), "ModifiedDescending").stream()
                .filter(cart ->
                        stores.isEmpty() || stores.contains(cart.path("storeId").asString()))
                .filter(cart -> since == null || changedAfter(cart, since))
                .toList();
        return SimResponse.json(200, OmniumPaging.listPage(query, carts));
    }

    /** {@code GET /api/Cart/GetCartsByCustomer?customerId}: the customer's latest 50 carts, search wrapper. */
    SimResponse byCustomer(SimRequest request, List<String> params) {
        String customerId = request.query().single("customerId");
        if (customerId == null) {
            throw OmniumFailure.badRequest("customerId is required");
        }
        List<ObjectNode> carts = sorted(caller.visible(store.carts()), "ModifiedDescending").stream()
                .filter(cart -> customerId.equals(cart.path("customerId").asString()))
                .limit(50)
                .toList();
        ObjectNode wrapper = OmniumPaging.slice(carts, 0, carts.size(), null);
        wrapper.set("facets", OmniumJson.array());
        wrapper.put("isValid", true);
        return SimResponse.json(200, wrapper);
    }

    private boolean changedAfter(ObjectNode cart, Instant since) {
        Instant modified = OmniumJson.parseTime(cart.path("modified").asString());
        return options.changedSinceExclusive() ? modified.isAfter(since) : !modified.isBefore(since);
    }

    private List<ObjectNode> matching(JsonNode body) {
        String customerId = OmniumJson.text(body, "customerId");
        List<String> stores = OmniumJson.strings(body, "storeIds");
        List<String> markets = OmniumJson.strings(body, "marketIds");
        List<String> statuses = OmniumJson.strings(body, "statuses");
        List<String> types = OmniumJson.strings(body, "orderTypes");
        List<String> tags = OmniumJson.strings(body, "tags");
        List<String> excluded = OmniumJson.strings(body, "excludedTags");
        String name = OmniumJson.text(body, "name");
        String text = OmniumJson.text(body, "searchQuery");
        boolean activeOnly = OmniumJson.flag(body, "isActiveOnly");
        Instant since = instant(body, "changedSince");
        Instant createdFrom = instant(body, "createdFrom");
        Instant createdTo = instant(body, "createdTo");
        Instant now = clock.instant();
        List<ObjectNode> carts = caller.visible(store.carts()).stream()
                .filter(cart -> customerId == null
                        || customerId.equals(cart.path("customerId").asString()))
                .filter(cart ->
                        stores.isEmpty() || stores.contains(cart.path("storeId").asString()))
                .filter(cart -> markets.isEmpty()
                        || markets.contains(cart.path("marketId").asString()))
                .filter(cart -> statuses.isEmpty()
                        || statuses.contains(cart.path("status").asString()))
                .filter(cart ->
                        types.isEmpty() || types.contains(cart.path("orderType").asString()))
                .filter(cart -> OmniumJson.strings(cart.get("tags")).containsAll(tags))
                .filter(cart -> excluded.stream().noneMatch(OmniumJson.strings(cart.get("tags"))::contains))
                .filter(cart ->
                        name == null || name.equalsIgnoreCase(cart.path("name").asString()))
                .filter(cart -> text == null || mentions(cart, text))
                .filter(cart -> !activeOnly || active(cart, now))
                .filter(cart -> since == null || changedAfter(cart, since))
                .filter(cart -> createdFrom == null || !created(cart).isBefore(createdFrom))
                .filter(cart -> createdTo == null || created(cart).isBefore(createdTo))
                .toList();
        String sort = OmniumJson.text(body, "sortOrder");
        return sorted(carts, sort == null ? "ModifiedDescending" : sort);
    }

    private static Instant created(ObjectNode cart) {
        return OmniumJson.parseTime(cart.path("created").asString());
    }

    private static boolean active(ObjectNode cart, Instant now) {
        JsonNode expired = cart.get("expiredDate");
        return expired == null
                || expired.isNull()
                || OmniumJson.parseTime(expired.asString()).isAfter(now);
    }

    private static boolean mentions(ObjectNode cart, String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        return cart.path("id").asString().equalsIgnoreCase(text)
                || cart.path("customerEmail")
                        .asString("")
                        .toLowerCase(Locale.ROOT)
                        .contains(needle)
                || cart.path("customerName")
                        .asString("")
                        .toLowerCase(Locale.ROOT)
                        .contains(needle)
                || cart.path("name").asString("").toLowerCase(Locale.ROOT).contains(needle);
    }

    private static @Nullable Instant instant(JsonNode body, String name) {
        String text = OmniumJson.text(body, name);
        return text == null ? null : OmniumJson.parseTime(text);
    }

    private static List<ObjectNode> sorted(List<ObjectNode> carts, String sort) {
        Comparator<ObjectNode> byId =
                Comparator.comparing(cart -> cart.path("id").asString());
        Comparator<ObjectNode> created =
                Comparator.comparing(cart -> cart.path("created").asString());
        Comparator<ObjectNode> modified =
                Comparator.comparing(cart -> cart.path("modified").asString());
        Comparator<ObjectNode> order = switch (sort.toLowerCase(Locale.ROOT)) {
            case "createdascending" -> created.thenComparing(byId);
            case "createddescending" -> created.reversed().thenComparing(byId);
            case "modifiedascending" -> modified.thenComparing(byId);
            case "documentid" -> byId;
            default -> modified.reversed().thenComparing(byId);
        };
        return carts.stream().sorted(order).toList();
    }

    // ---- building

    /** {@code POST /api/Cart/CreateCart?marketId}: an empty cart in the market (the default market when absent). */
    SimResponse create(SimRequest request, List<String> params) {
        return answer(newCart(request.query().single("marketId"), null, null));
    }

    /** {@code POST /api/Cart/AddItemToCart?cartId&skuId&quantity&marketId&storeId&customerId}: no cartId = new cart. */
    SimResponse addItem(SimRequest request, List<String> params) {
        QueryParams query = request.query();
        String sku = query.single("skuId");
        if (sku == null) {
            throw OmniumFailure.badRequest("skuId is required");
        }
        ObjectNode cart = cartOrNew(
                query.single("cartId"), query.single("marketId"), query.single("storeId"), query.single("customerId"));
        addLine(
                cart,
                sku,
                quantity(query.single("quantity")),
                "true".equalsIgnoreCase(query.single("forceNewOrderLine")));
        return answer(touched(cart));
    }

    /** {@code POST /api/Cart/AddItemsToCart} with {@code OmniumCartUpdateRequest}. */
    SimResponse addItems(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        JsonNode items = OmniumJson.field(body, "lineItemRequests");
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw OmniumFailure.badRequest("LineItemRequests is required");
        }
        ObjectNode cart = cartOrNew(
                OmniumJson.text(body, "cartId"),
                OmniumJson.text(body, "marketId"),
                OmniumJson.text(body, "storeId"),
                OmniumJson.text(body, "customerId"));
        addLines(cart, items);
        return answer(touched(cart));
    }

    /** {@code POST /api/Cart/AddManyItemsToCart?cartId&marketId&storeId&customerId} with {@code [{skuId, quantity}]}. */
    SimResponse addManyItems(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        if (!body.isArray() || body.isEmpty()) {
            throw OmniumFailure.badRequest("A list of line items is required");
        }
        QueryParams query = request.query();
        ObjectNode cart = cartOrNew(
                query.single("cartId"), query.single("marketId"), query.single("storeId"), query.single("customerId"));
        addLines(cart, body);
        return answer(touched(cart));
    }

    /** {@code POST /api/Cart/{cartId}/OrderLines/Add?skuId&quantity}. */
    SimResponse addToExisting(SimRequest request, List<String> params) {
        ObjectNode cart = cart(params.getFirst());
        String sku = request.query().single("skuId");
        if (sku == null) {
            throw OmniumFailure.badRequest("skuId is required");
        }
        addLine(cart, sku, quantity(request.query().single("quantity")), false);
        return answer(touched(cart));
    }

    /** {@code POST /api/Cart/{cartId}/OrderLines/SetQuantity/Sku/{skuId}/{quantity}}: 0 removes the line. */
    SimResponse setQuantity(SimRequest request, List<String> params) {
        ObjectNode cart = cart(params.get(0));
        BigDecimal quantity = quantity(params.get(2)).max(BigDecimal.ZERO);
        ArrayNode lines = ((ObjectNode) cart.get("orderForm")).withArray("lineItems");
        boolean found = false;
        for (int index = lines.size() - 1; index >= 0; index--) {
            ObjectNode line = (ObjectNode) lines.get(index);
            if (params.get(1).equals(line.path("code").asString())) {
                found = true;
                if (quantity.signum() == 0) {
                    lines.remove(index);
                } else {
                    line.put("quantity", quantity);
                }
            }
        }
        if (!found && quantity.signum() > 0) {
            addLine(cart, params.get(1), quantity, false);
        }
        return answer(touched(cart));
    }

    /** {@code DELETE /api/Cart/{cartId}/OrderLines/{lineItemId}}. */
    SimResponse deleteLine(SimRequest request, List<String> params) {
        ObjectNode cart = cart(params.get(0));
        ArrayNode lines = ((ObjectNode) cart.get("orderForm")).withArray("lineItems");
        for (int index = lines.size() - 1; index >= 0; index--) {
            if (params.get(1).equals(lines.get(index).path("lineItemId").asString())) {
                lines.remove(index);
                return answer(touched(cart));
            }
        }
        throw OmniumFailure.notFound("Order line not found");
    }

    /** {@code PUT /api/Cart/{cartId}/AddCustomer/{customerId}[?enrichCart=true]}. */
    SimResponse addCustomer(SimRequest request, List<String> params) {
        ObjectNode cart = cart(params.get(0));
        cart.put("customerId", params.get(1));
        if (!"false".equalsIgnoreCase(request.query().single("enrichCart"))) {
            enrich(cart, params.get(1));
        }
        return answer(touched(cart));
    }

    /** {@code PUT /api/Cart/{cartId}/AddShipments} with {@code [OmniumShipment]}: replaces the cart's shipments. */
    SimResponse addShipments(SimRequest request, List<String> params) {
        ObjectNode cart = cart(params.getFirst());
        JsonNode body = OmniumJson.parse(request.body());
        if (!body.isArray()) {
            throw OmniumFailure.badRequest("A list of shipments is required");
        }
        ObjectNode form = (ObjectNode) cart.get("orderForm");
        ArrayNode shipments = form.putArray("shipments");
        BigDecimal shipping = BigDecimal.ZERO;
        int number = 1;
        for (JsonNode shipment : body.values()) {
            ObjectNode copy = OmniumPatch.normalize(shipment);
            if (!copy.hasNonNull("shipmentId")) {
                copy.put("shipmentId", cart.get("id").asString() + "-" + number);
            }
            if (!copy.has("lineItems")) {
                copy.putArray("lineItems");
            }
            shipping = shipping.add(OmniumTotals.decimal(copy, "shippingSubTotal"));
            shipments.add(copy);
            number++;
        }
        form.put("shippingSubTotal", shipping);
        return answer(touched(cart));
    }

    /** {@code PATCH /api/Cart/{cartId}/PatchCart} with {@code OmniumOrderPatch}: 200, no body (none documented). */
    SimResponse patch(SimRequest request, List<String> params) {
        ObjectNode cart = cart(params.getFirst());
        String before = cart.toString();
        OmniumPatch.apply(cart, OmniumJson.parse(request.body()), IMMUTABLE);
        if (!before.equals(cart.toString())) {
            touched(cart);
        }
        return SimResponse.text(200, "text/plain; charset=utf-8", "");
    }

    /** {@code POST /api/Cart/{cartId}/DeactivateCart}: expires the cart now (no longer {@code isActiveOnly}). */
    SimResponse deactivate(SimRequest request, List<String> params) {
        ObjectNode cart = cart(params.getFirst());
        cart.put("expiredDate", OmniumJson.time(clock.instant()));
        return answer(touched(cart));
    }

    SimResponse delete(SimRequest request, List<String> params) {
        cart(params.getFirst());
        store.removeCart(params.getFirst());
        return SimResponse.text(200, "text/plain; charset=utf-8", "");
    }

    /** {@code POST /api/Cart/{cartId}/Validate}: 200 when valid, else 422, both {@code OmniumCartOmniumValidationResult}. */
    SimResponse validate(SimRequest request, List<String> params) {
        ObjectNode cart = cart(params.getFirst());
        ObjectNode result = validation(cart);
        return SimResponse.json(result.get("isValidatedSuccessful").asBoolean() ? 200 : 422, result);
    }

    private ObjectNode validation(ObjectNode cart) {
        ObjectNode result = OmniumJson.object();
        ArrayNode errors = result.putArray("validationErrors");
        result.putArray("validationWarnings");
        if (cart.path("orderForm").path("lineItems").isEmpty()) {
            error(
                    errors,
                    "The cart has no order lines",
                    "EmptyCart",
                    cart.get("id").asString());
        }
        for (JsonNode line : cart.path("orderForm").path("lineItems").values()) {
            String sku = line.path("code").asString();
            if (store.sku(sku).isEmpty()) {
                error(errors, "Product " + sku + " does not exist", "ProductNotFound", sku);
            }
        }
        result.put("isValidatedSuccessful", errors.isEmpty());
        result.put(
                "validationMessage",
                errors.isEmpty() ? null : errors.get(0).get("message").asString());
        result.set("value", cart.deepCopy());
        return result;
    }

    private static void error(ArrayNode errors, String message, String code, String reference) {
        errors.addObject().put("message", message).put("errorCode", code).put("reference", reference);
    }

    /**
     * {@code POST /api/Cart/CreateOrderFromCart/{cartId}[?orderType]}: 200 with the new order (numbered by Omnium,
     * status the cart's {@code orderStatus} or {@code New}, {@code orderForm.cartId} kept, one shipment holding every
     * line when the cart had none, stock reserved); the cart is removed. An invalid cart answers 422, an order type
     * without {@code enableCreateFromCart} 400.
     */
    SimResponse createOrder(SimRequest request, List<String> params) {
        ObjectNode cart = cart(params.getFirst());
        ObjectNode validation = validation(cart);
        if (!validation.get("isValidatedSuccessful").asBoolean()) {
            return SimResponse.json(422, validation);
        }
        String type = request.query().single("orderType");
        if (type == null) {
            type = cart.path("orderType").asString(OmniumOrderTypes.ONLINE);
        }
        if (!OmniumOrderTypes.exists(store.orderTypes(), type)) {
            throw OmniumFailure.badRequest("Order type " + type + " does not exist");
        }
        String status = cart.path("orderStatus").asString(OmniumOrderTypes.NEW);
        String orderId = store.newOrderId();
        String now = OmniumJson.time(clock.instant());
        ObjectNode order = cart.deepCopy();
        for (String cartOnly : List.of(
                "expiredDate", "isReadOnlyByCustomer", "ignorePromotions", "orderStatus", "name", "customerGroups")) {
            order.remove(cartOnly);
        }
        order.put("id", orderId);
        order.put("orderNumber", orderId);
        order.put("status", status);
        order.put("orderType", type);
        if (!order.hasNonNull("storeId")) {
            order.put("storeId", OmniumSeeder.STORE_ID);
        }
        order.put("created", now);
        order.put("received", now);
        order.put("modified", now);
        ObjectNode form = (ObjectNode) order.get("orderForm");
        form.put("cartId", cart.get("id").asString());
        form.put("cartName", cart.path("name").asString(null));
        ArrayNode shipments = form.withArray("shipments");
        if (shipments.isEmpty()) {
            ObjectNode shipment = shipments.addObject();
            shipment.put("shipmentId", orderId + "-1");
            shipment.put("warehouseCode", OmniumSeeder.STORE_ID);
            shipment.put("shippingMethodName", "Standard");
            shipment.put("shippingSubTotal", OmniumTotals.decimal(form, "shippingSubTotal"));
            if (order.get("billingAddress") instanceof ObjectNode billing) {
                shipment.set("address", billing.deepCopy());
            }
        }
        for (JsonNode line : form.withArray("lineItems").values()) {
            ObjectNode target = (ObjectNode) line;
            target.put("canceledQuantity", 0);
            target.put("deliveredQuantity", 0);
            target.put("returnQuantity", 0);
        }
        for (JsonNode shipment : shipments.values()) {
            ObjectNode target = (ObjectNode) shipment;
            if (target.path("lineItems").isEmpty()) {
                ArrayNode lines = target.putArray("lineItems");
                form.withArray("lineItems").values().forEach(line -> lines.add(line.deepCopy()));
            }
            target.put("status", "AwaitingInventory");
            target.put("orderStatus", status);
            target.put("expectedDeliveryDate", "0001-01-01T00:00:00");
            target.putNull("shipmentTrackingNumber");
            target.putNull("shipmentTrackingLink");
            workflow.log(target, status, now);
        }
        OmniumTotals.apply(order);
        store.putOrder(order);
        workflow.reserve(order);
        if (options.queuedFor().isPositive()) {
            order.put("status", "Queued");
            store.queue(orderId, clock.instant().plus(options.queuedFor()), status);
        }
        store.removeCart(cart.get("id").asString());
        return SimResponse.json(200, order.deepCopy());
    }

    // ---- helpers

    private ObjectNode cartOrNew(
            @Nullable String cartId, @Nullable String marketId, @Nullable String storeId, @Nullable String customerId) {
        if (cartId != null && !cartId.isBlank()) {
            return cart(cartId);
        }
        return newCart(marketId, storeId, customerId);
    }

    private ObjectNode newCart(@Nullable String marketId, @Nullable String storeId, @Nullable String customerId) {
        JsonNode market = (marketId == null ? store.defaultMarket() : store.market(marketId))
                .orElseThrow(() -> OmniumFailure.badRequest("Market " + marketId + " does not exist"));
        String now = OmniumJson.time(clock.instant());
        String id = store.newCartId();
        ObjectNode cart = OmniumOrderWriter.header(
                id,
                "Draft",
                market.path("currency").asString("EUR"),
                market.get("marketId").asString(),
                now);
        cart.remove("orderNumber");
        cart.remove("received");
        cart.put("storeId", storeId);
        cart.putNull("name");
        cart.put("isReadOnlyByCustomer", false);
        cart.put("ignorePromotions", false);
        cart.putNull("orderStatus");
        cart.putNull("expiredDate");
        cart.putArray("customerGroups");
        cart.put("customerId", customerId);
        cart.putNull("customerEmail");
        cart.putNull("customerName");
        if (customerId != null) {
            enrich(cart, customerId);
        }
        ObjectNode form = cart.putObject("orderForm");
        form.putArray("lineItems");
        form.putArray("shipments");
        form.putArray("payments");
        form.put("shippingSubTotal", BigDecimal.ZERO);
        OmniumTotals.apply(cart);
        caller.check(cart);
        store.putCart(cart);
        return cart;
    }

    private void enrich(ObjectNode cart, String customerId) {
        try {
            ObjectNode customer = store.customer(customerId);
            cart.put("customerEmail", customer.path("email").asString(null));
            cart.put("customerPhone", customer.path("phone").asString(null));
            cart.put("customerType", customer.path("customerType").asString("B2C"));
            cart.put("customerNumber", customer.path("customerNumber").asString(null));
            String name =
                    customer.path("fullName").asString(customer.path("name").asString(null));
            cart.put("customerName", name);
            if (customer.path("isCustomerClubMember").asBoolean()) {
                cart.put("customerClubMemberId", customerId);
            }
        } catch (OmniumFailure unknown) {
            // an unknown customer id is kept as given, without contact details
        }
    }

    private void addLines(ObjectNode cart, JsonNode items) {
        for (JsonNode item : items.values()) {
            String sku = OmniumJson.text(item, "skuId");
            if (sku == null) {
                throw OmniumFailure.badRequest("Every line item needs skuId");
            }
            JsonNode quantity = OmniumJson.field(item, "quantity");
            addLine(
                    cart,
                    sku,
                    quantity == null ? BigDecimal.ONE : quantity.decimalValue(),
                    OmniumJson.flag(item, "forceNewOrderLine"));
        }
    }

    private void addLine(ObjectNode cart, String sku, BigDecimal quantity, boolean forceNew) {
        if (quantity.signum() <= 0) {
            throw OmniumFailure.badRequest("quantity must be positive");
        }
        ObjectNode variant = store.sku(sku).orElseThrow(() -> OmniumFailure.notFound("Product " + sku + " not found"));
        ObjectNode product = store.product(sku).orElseThrow();
        ArrayNode lines = ((ObjectNode) cart.get("orderForm")).withArray("lineItems");
        if (!forceNew) {
            for (JsonNode existing : lines.values()) {
                if (sku.equals(existing.path("code").asString())) {
                    ((ObjectNode) existing)
                            .put(
                                    "quantity",
                                    OmniumTotals.decimal(existing, "quantity").add(quantity));
                    return;
                }
            }
        }
        int next = 1;
        for (JsonNode existing : lines.values()) {
            try {
                next = Math.max(
                        next, Integer.parseInt(existing.path("lineItemId").asString()) + 1);
            } catch (NumberFormatException notNumeric) {
                next = Math.max(next, lines.size() + 1);
            }
        }
        ObjectNode line = lines.addObject();
        line.put("lineItemId", Integer.toString(next));
        line.put("code", sku);
        line.put("productId", product.path("productId").asString());
        line.put("displayName", product.path("name").asString());
        line.put("size", variant.path("size").asString(null));
        line.put("color", variant.path("color").asString(null));
        line.put("quantity", quantity);
        JsonNode market = store.market(cart.path("marketId").asString()).orElse(null);
        OmniumTotals.price(
                line,
                price(cart, variant, sku),
                market == null ? BigDecimal.ZERO : OmniumTotals.decimal(market, "defaultTaxRate"));
        line.putArray("properties");
    }

    private BigDecimal price(ObjectNode cart, ObjectNode variant, String sku) {
        String marketId = cart.path("marketId").asString();
        JsonNode market = store.market(marketId).orElse(null);
        String currency = cart.path("billingCurrency").asString();
        JsonNode best = null;
        int bestRank = Integer.MAX_VALUE;
        for (JsonNode price : variant.path("prices").values()) {
            int rank;
            if (marketId.equals(price.path("marketId").asString(null))) {
                rank = 0;
            } else if (market != null && ProductsHandler.pricedFor(price, market)) {
                rank = 1;
            } else if (currency.equalsIgnoreCase(price.path("currencyCode").asString(""))) {
                rank = 2;
            } else {
                continue;
            }
            if (rank < bestRank) {
                best = price;
                bestRank = rank;
            }
        }
        if (best == null) {
            throw OmniumFailure.badRequest("Product " + sku + " has no price in market " + marketId);
        }
        return best.get("unitPrice").decimalValue();
    }

    private static BigDecimal quantity(@Nullable String text) {
        if (text == null) {
            return BigDecimal.ONE;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            throw OmniumFailure.badRequest("quantity must be a number");
        }
    }

    private ObjectNode touched(ObjectNode cart) {
        cart.put("modified", OmniumJson.time(clock.instant()));
        OmniumTotals.apply(cart);
        return cart;
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
