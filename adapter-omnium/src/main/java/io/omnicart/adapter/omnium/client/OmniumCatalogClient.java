package io.omnicart.adapter.omnium.client;

import io.omnicart.adapter.omnium.model.OmniumCartPatch;
import io.omnicart.adapter.omnium.model.OmniumCustomer;
import io.omnicart.adapter.omnium.model.OmniumInventoryItem;
import io.omnicart.adapter.omnium.model.OmniumInventorySearch;
import io.omnicart.adapter.omnium.model.OmniumMarket;
import io.omnicart.adapter.omnium.model.OmniumOrder;
import io.omnicart.adapter.omnium.model.OmniumProduct;
import io.omnicart.adapter.omnium.model.OmniumProductCategory;
import io.omnicart.adapter.omnium.model.OmniumSearchResult;
import io.omnicart.adapter.omnium.model.OmniumSimpleSearch;
import io.omnicart.adapter.omnium.model.OmniumStore;
import io.omnicart.core.spi.StoreConnection;
import java.util.List;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * Every other Omnium endpoint the adapter uses (reference §6–§10): products, categories, inventory, customers, carts,
 * stores and markets. One method per endpoint; cold, wire records in and out.
 */
public final class OmniumCatalogClient {

    private final OmniumCalls calls;

    public OmniumCatalogClient(OmniumCalls calls) {
        this.calls = calls;
    }

    /** {@code POST /api/Products/SearchProducts} (list items, reference §6). */
    public Mono<OmniumSearchResult<OmniumProduct>> searchProducts(StoreConnection store, OmniumSimpleSearch search) {
        return search(store, "/api/Products/SearchProducts", search, "product search", OmniumProduct.class);
    }

    /** {@code GET /api/Products/{id}}: by product id or SKU id (reference §6). */
    public Mono<OmniumProduct> getProduct(StoreConnection store, String id) {
        return get(store, OmniumCalls.path("/api/Products/", id, ""), "product", id, OmniumProduct.class);
    }

    /** {@code GET /api/ProductCategories?page&pageSize} (1-based, pageSize up to 1000, every language). */
    public Mono<OmniumSearchResult<OmniumProductCategory>> categories(StoreConnection store, int page, int pageSize) {
        return calls.call(
                        store,
                        HttpMethod.GET,
                        "/api/ProductCategories",
                        OmniumQuery.empty().page(page, pageSize),
                        null,
                        "categories",
                        null)
                .map(root -> calls.replies().search(root, OmniumProductCategory.class));
    }

    /** {@code GET /api/ProductCategories/{categoryId}} (with or without language suffix). */
    public Mono<OmniumProductCategory> category(StoreConnection store, String categoryId) {
        return get(
                store,
                OmniumCalls.path("/api/ProductCategories/", categoryId, ""),
                "collection",
                categoryId,
                OmniumProductCategory.class);
    }

    /** {@code GET /api/Products/ProductCategories/{categoryId}?page&pageSize} (1-based). */
    public Mono<OmniumSearchResult<OmniumProduct>> categoryProducts(
            StoreConnection store, String categoryId, int page, int pageSize) {
        return calls.call(
                        store,
                        HttpMethod.GET,
                        OmniumCalls.path("/api/Products/ProductCategories/", categoryId, ""),
                        OmniumQuery.empty().page(page, pageSize),
                        null,
                        "collection",
                        categoryId)
                .map(root -> calls.replies().search(root, OmniumProduct.class));
    }

    /** {@code POST /api/Inventory/Search {productCodes}}: the records of these SKUs in every warehouse. */
    public Mono<OmniumSearchResult<OmniumInventoryItem>> searchInventory(StoreConnection store, List<String> skus) {
        return search(
                store,
                "/api/Inventory/Search",
                new OmniumInventorySearch(skus),
                "inventory search",
                OmniumInventoryItem.class);
    }

    /** {@code PUT /api/Inventory/UpdateMany}: absolute levels, reservations kept (≤ 1,000 items, reference §2). */
    public Mono<Void> updateInventory(StoreConnection store, List<OmniumInventoryItem> items) {
        return calls.call(store, HttpMethod.PUT, "/api/Inventory/UpdateMany", null, items, "inventory", null)
                .then();
    }

    /** {@code POST /api/customers/Search} (private and business customers, reference §8). */
    public Mono<OmniumSearchResult<OmniumCustomer>> searchCustomers(StoreConnection store, OmniumSimpleSearch search) {
        return search(store, "/api/customers/Search", search, "customer search", OmniumCustomer.class);
    }

    public Mono<OmniumCustomer> getCustomer(StoreConnection store, String id) {
        return get(store, OmniumCalls.path("/api/customers/", id, ""), "customer", id, OmniumCustomer.class);
    }

    /** {@code POST /api/Cart/Search} (reference §9). */
    public Mono<OmniumSearchResult<OmniumOrder>> searchCarts(StoreConnection store, OmniumSimpleSearch search) {
        return search(store, "/api/Cart/Search", search, "cart search", OmniumOrder.class);
    }

    public Mono<OmniumOrder> getCart(StoreConnection store, String id) {
        return get(store, OmniumCalls.path("/api/Cart/", id, ""), "draft_order", id, OmniumOrder.class);
    }

    public Mono<Void> deleteCart(StoreConnection store, String id) {
        return calls.call(
                        store, HttpMethod.DELETE, OmniumCalls.path("/api/Cart/", id, ""), null, null, "draft_order", id)
                .then();
    }

    /** {@code POST /api/Cart/AddItemToCart?…}: a new cart without {@code cartId}; answers the cart (reference §9). */
    public Mono<OmniumOrder> addItemToCart(StoreConnection store, OmniumQuery query) {
        return calls.call(store, HttpMethod.POST, "/api/Cart/AddItemToCart", query, null, "draft_order", null)
                .map(root -> calls.replies().value(root, OmniumOrder.class));
    }

    /** {@code PATCH /api/Cart/{cartId}/PatchCart}: supplied fields only (reference §2, §9). */
    public Mono<Void> patchCart(StoreConnection store, String cartId, OmniumCartPatch patch) {
        return calls.call(
                        store,
                        HttpMethod.PATCH,
                        OmniumCalls.path("/api/Cart/", cartId, "/PatchCart"),
                        null,
                        patch,
                        "draft_order",
                        cartId)
                .then();
    }

    /** {@code POST /api/Cart/CreateOrderFromCart/{cartId}}: the new order (reference §9). */
    public Mono<OmniumOrder> createOrderFromCart(StoreConnection store, String cartId) {
        return calls.call(
                        store,
                        HttpMethod.POST,
                        OmniumCalls.path("/api/Cart/CreateOrderFromCart/", cartId, ""),
                        null,
                        null,
                        "draft_order",
                        cartId)
                .map(root -> calls.replies().value(root, OmniumOrder.class));
    }

    /** {@code GET /api/Stores}: the search wrapper of stores and warehouses (reference §10). */
    public Mono<List<OmniumStore>> stores(StoreConnection store) {
        return calls.call(store, HttpMethod.GET, "/api/Stores", null, null, "stores", null)
                .map(root -> calls.replies().search(root, OmniumStore.class).result());
    }

    /** As {@link #stores}, logging in afresh (verification must not trust a cached token). */
    public Mono<List<OmniumStore>> storesAfresh(StoreConnection store) {
        return calls.callAfresh(store, "/api/Stores", "stores")
                .map(root -> calls.replies().search(root, OmniumStore.class).result());
    }

    /** {@code GET /api/Markets}: a plain array (reference §10). */
    public Mono<List<OmniumMarket>> markets(StoreConnection store) {
        return calls.call(store, HttpMethod.GET, "/api/Markets", null, null, "markets", null)
                .map(root -> calls.replies().array(root, OmniumMarket.class));
    }

    private <T> Mono<OmniumSearchResult<T>> search(
            StoreConnection store, String path, Object body, String resource, Class<T> type) {
        return calls.call(store, HttpMethod.POST, path, null, body, resource, null)
                .map(root -> calls.replies().search(root, type));
    }

    private <T> Mono<T> get(StoreConnection store, String path, String resource, String id, Class<T> type) {
        return calls.call(store, HttpMethod.GET, path, null, null, resource, id)
                .map(root -> calls.replies().entity(root, type, resource, id));
    }
}
