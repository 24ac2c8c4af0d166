package io.omnicart.testkit.simulator.omnium;

import java.util.List;

/** The API routes the simulator serves; more specific templates come before {@code /api/Orders/{id}}. */
final class OmniumRoutes {

    private OmniumRoutes() {}

    static List<OmniumRoute> all(
            OrderSearchHandler search,
            OrderActionsHandler actions,
            SettingsHandler settings,
            CustomersHandler customers,
            ProductsHandler products,
            CartsHandler carts,
            OrderCreateHandler creates) {
        return List.of(
                OmniumRoute.of("POST", "/api/Orders/Search", search::search),
                OmniumRoute.of("POST", "/api/Orders/Scroll", search::startScroll),
                OmniumRoute.of("GET", "/api/Orders/Scroll/{scrollId}", search::continueScroll),
                OmniumRoute.of("GET", "/api/Orders/GetOrders/Count", search::count),
                OmniumRoute.of("POST", "/api/Orders/AddComment", actions::addComment),
                OmniumRoute.of("POST", "/api/Orders/{id}/UpdateStatus", actions::updateStatus),
                OmniumRoute.of("PATCH", "/api/Orders/{id}/PatchOrder", actions::patch),
                OmniumRoute.of("HEAD", "/api/Orders/{id}/Exists", search::exists),
                OmniumRoute.of("GET", "/api/Orders/Customers/{customerId}/Orders", search::customerOrders),
                OmniumRoute.of("GET", "/api/Orders/carts/{cartId}", carts::orderOfCart),
                OmniumRoute.of("GET", "/api/Orders/{id}", search::get),
                OmniumRoute.of("POST", "/api/Orders", creates::create),
                OmniumRoute.of("DELETE", "/api/Orders/{id}", actions::delete),
                OmniumRoute.of("GET", "/api/Settings/OrderTypes", settings::orderTypes),
                OmniumRoute.of("GET", "/api/Markets", settings::markets),
                OmniumRoute.of("GET", "/api/Stores", settings::stores),
                OmniumRoute.of("GET", "/api/Stores/{storeId}", settings::storeById),
                OmniumRoute.of("POST", "/api/customers/Search", customers::search),
                OmniumRoute.of("GET", "/api/customers/{id}", customers::get),
                OmniumRoute.of("POST", "/api/Products/SearchProducts", products::search),
                OmniumRoute.of("GET", "/api/Products/ProductCategories/{categoryId}", products::inCategory),
                OmniumRoute.of("GET", "/api/Products/{id}", products::get),
                OmniumRoute.of("GET", "/api/ProductCategories", products::categories),
                OmniumRoute.of("POST", "/api/Cart/Search", carts::search),
                OmniumRoute.of("POST", "/api/Cart/CreateOrderFromCart/{id}", carts::createOrder),
                OmniumRoute.of("GET", "/api/Cart/{id}", carts::get),
                OmniumRoute.of("DELETE", "/api/Cart/{id}", carts::delete));
    }
}
