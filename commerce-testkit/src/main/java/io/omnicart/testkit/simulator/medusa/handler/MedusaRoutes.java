package io.omnicart.testkit.simulator.medusa.handler;

import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import java.util.List;

/** The admin routes the simulator serves, each bound to its handler. */
final class MedusaRoutes {

    private MedusaRoutes() {}

    static List<Route> all(MedusaStore store, AuthHandler auth) {
        OrdersHandler orders = new OrdersHandler(store);
        OrderActionsHandler actions = new OrderActionsHandler(store, orders);
        FulfillmentsHandler fulfillments = new FulfillmentsHandler(store, orders);
        DraftOrdersHandler drafts = new DraftOrdersHandler(store);
        CustomersHandler customers = new CustomersHandler(store);
        CustomerAddressesHandler addresses = new CustomerAddressesHandler(store, customers);
        return concat(
                orderRoutes(orders, actions, fulfillments),
                draftRoutes(drafts),
                catalogRoutes(new ProductsHandler(store), new InventoryHandler(store)),
                customerRoutes(customers, addresses),
                collectionRoutes(new CollectionsHandler(store)),
                settingsRoutes(new SettingsHandler(store), auth));
    }

    private static List<Route> orderRoutes(
            OrdersHandler orders, OrderActionsHandler actions, FulfillmentsHandler fulfillments) {
        return List.of(
                Route.of("GET", "/admin/orders", orders::list),
                Route.of("GET", "/admin/orders/{id}", orders::retrieve),
                Route.of("POST", "/admin/orders/{id}", orders::update),
                Route.of("GET", "/admin/orders/{id}/changes", orders::changes),
                Route.of("GET", "/admin/orders/{id}/line-items", orders::lineItems),
                Route.of("POST", "/admin/orders/{id}/complete", actions::complete),
                Route.of("POST", "/admin/orders/{id}/cancel", actions::cancel),
                Route.of("POST", "/admin/orders/{id}/archive", actions::archive),
                Route.of("POST", "/admin/orders/{id}/fulfillments", fulfillments::create),
                Route.of("POST", "/admin/orders/{id}/fulfillments/{fid}/shipments", fulfillments::ship),
                Route.of("POST", "/admin/orders/{id}/fulfillments/{fid}/mark-as-delivered", fulfillments::deliver),
                Route.of("POST", "/admin/orders/{id}/fulfillments/{fid}/cancel", fulfillments::cancel));
    }

    private static List<Route> draftRoutes(DraftOrdersHandler drafts) {
        return List.of(
                Route.of("GET", "/admin/draft-orders", drafts::list),
                Route.of("POST", "/admin/draft-orders", drafts::create),
                Route.of("GET", "/admin/draft-orders/{id}", drafts::retrieve),
                Route.of("POST", "/admin/draft-orders/{id}", drafts::update),
                Route.of("DELETE", "/admin/draft-orders/{id}", drafts::delete),
                Route.of("POST", "/admin/draft-orders/{id}/convert-to-order", drafts::convert));
    }

    private static List<Route> catalogRoutes(ProductsHandler products, InventoryHandler inventory) {
        return List.of(
                Route.of("GET", "/admin/products", products::list),
                Route.of("GET", "/admin/products/{id}", products::retrieve),
                Route.of("GET", "/admin/products/{id}/variants", products::productVariants),
                Route.of("GET", "/admin/product-variants", products::variants),
                Route.of("POST", "/admin/inventory-items/location-levels/batch", inventory::batch),
                Route.of("GET", "/admin/inventory-items", inventory::list),
                Route.of("GET", "/admin/inventory-items/{id}", inventory::retrieve),
                Route.of("GET", "/admin/inventory-items/{id}/location-levels", inventory::listLevels),
                Route.of("POST", "/admin/inventory-items/{id}/location-levels", inventory::createLevel),
                Route.of("POST", "/admin/inventory-items/{id}/location-levels/{lid}", inventory::updateLevel));
    }

    private static List<Route> customerRoutes(CustomersHandler customers, CustomerAddressesHandler addresses) {
        return List.of(
                Route.of("GET", "/admin/customers", customers::list),
                Route.of("POST", "/admin/customers", customers::create),
                Route.of("GET", "/admin/customers/{id}", customers::retrieve),
                Route.of("POST", "/admin/customers/{id}", customers::update),
                Route.of("DELETE", "/admin/customers/{id}", customers::delete),
                Route.of("GET", "/admin/customers/{id}/addresses", addresses::list),
                Route.of("POST", "/admin/customers/{id}/addresses", addresses::create),
                Route.of("GET", "/admin/customers/{id}/addresses/{aid}", addresses::retrieve),
                Route.of("DELETE", "/admin/customers/{id}/addresses/{aid}", addresses::delete));
    }

    private static List<Route> collectionRoutes(CollectionsHandler collections) {
        return List.of(
                Route.of("GET", "/admin/collections", collections::list),
                Route.of("POST", "/admin/collections", collections::create),
                Route.of("GET", "/admin/collections/{id}", collections::retrieve),
                Route.of("POST", "/admin/collections/{id}", collections::update),
                Route.of("DELETE", "/admin/collections/{id}", collections::delete),
                Route.of("POST", "/admin/collections/{id}/products", collections::products));
    }

    private static List<Route> settingsRoutes(SettingsHandler settings, AuthHandler auth) {
        return List.of(
                Route.of("GET", "/admin/stores", settings::stores),
                Route.of("GET", "/admin/stores/{id}", settings::store),
                Route.of("GET", "/admin/regions", settings::regions),
                Route.of("GET", "/admin/regions/{id}", settings::region),
                Route.of("GET", "/admin/currencies", settings::currencies),
                Route.of("GET", "/admin/currencies/{code}", settings::currency),
                Route.of("GET", "/admin/sales-channels", settings::salesChannels),
                Route.of("GET", "/admin/stock-locations", settings::stockLocations),
                Route.of("GET", "/admin/users/me", auth::me),
                Route.of("GET", "/admin/api-keys", auth::apiKeys),
                Route.of("POST", "/admin/api-keys", auth::createApiKey),
                Route.of("POST", "/admin/api-keys/{id}/revoke", auth::revokeApiKey));
    }

    @SafeVarargs
    private static List<Route> concat(List<Route>... groups) {
        return java.util.Arrays.stream(groups).flatMap(List::stream).toList();
    }
}
