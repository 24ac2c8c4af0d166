package io.omnicart.testkit.simulator.omnium;

import java.util.List;

/**
 * The API routes the simulator serves (paths as in Omnium's Swagger, matched case-insensitively); more specific
 * templates come before the {@code {id}} ones they would otherwise match.
 */
final class OmniumRoutes {

    private OmniumRoutes() {}

    record Handlers(
            OrderSearchHandler search,
            OrderActionsHandler actions,
            OrderCreateHandler creates,
            SettingsHandler settings,
            CustomersHandler customers,
            ProductsHandler products,
            CategoriesHandler categories,
            InventoryHandler inventory,
            CartsHandler carts) {}

    static List<OmniumRoute> all(Handlers h) {
        return List.of(
                // orders: reads
                OmniumRoute.of("POST", "/api/Orders/Search", h.search()::search),
                OmniumRoute.of("POST", "/api/Orders/Scroll", h.search()::startScroll),
                OmniumRoute.of("GET", "/api/Orders/Scroll/{scrollId}", h.search()::continueScroll),
                OmniumRoute.of("GET", "/api/Orders/GetOrders/Count", h.search()::count),
                OmniumRoute.of("GET", "/api/Orders/GetOrders/ByIds", h.search()::byIds),
                OmniumRoute.of("GET", "/api/Orders/GetOrders/ByOrderType", h.search()::list),
                OmniumRoute.of("GET", "/api/Orders/GetOrders", h.search()::list),
                OmniumRoute.of("GET", "/api/Orders/GetOrdersForCustomer", h.search()::ordersForCustomer),
                OmniumRoute.of("GET", "/api/Orders/Customers/{customerId}/Orders", h.search()::customerOrders),
                OmniumRoute.of(
                        "POST", "/api/Orders/Customers/{customerId}/Orders/Search", h.search()::customerOrdersSearch),
                OmniumRoute.of("GET", "/api/Orders/carts/{cartId}", h.search()::orderOfCart),
                OmniumRoute.of("HEAD", "/api/Orders/{id}/Exists", h.search()::exists),
                // orders: writes
                OmniumRoute.of("POST", "/api/Orders/AddComment", h.actions()::addComment),
                OmniumRoute.of("POST", "/api/Orders/AddMany", h.creates()::addMany),
                OmniumRoute.of("POST", "/api/Orders/UpdateMany", h.creates()::updateMany),
                OmniumRoute.of("POST", "/api/Orders/{id}/UpdateStatus", h.actions()::updateStatus),
                OmniumRoute.of("POST", "/api/Orders/{id}/OrderLinesUpdate", h.actions()::orderLinesUpdate),
                OmniumRoute.of("POST", "/api/Orders/{id}/OrderLines/{lineItemId}/Cancel", h.actions()::cancelLine),
                OmniumRoute.of("POST", "/api/Orders/{id}/AddPayments", h.actions()::addPayments),
                OmniumRoute.of("PATCH", "/api/Orders/{id}/PatchOrder", h.actions()::patch),
                OmniumRoute.of("PATCH", "/api/Orders/{id}/PatchUpdateOrderLines", h.actions()::patchLines),
                OmniumRoute.of("GET", "/api/Orders/{id}", h.search()::get),
                OmniumRoute.of("POST", "/api/Orders", h.creates()::create),
                OmniumRoute.of("PUT", "/api/Orders", h.creates()::createNumbered),
                OmniumRoute.of("DELETE", "/api/Orders/{id}", h.actions()::delete),
                // settings, stores, markets
                OmniumRoute.of("GET", "/api/Settings/OrderTypes", h.settings()::orderTypes),
                OmniumRoute.of("GET", "/api/Settings/OrderSettings", h.settings()::orderSettings),
                OmniumRoute.of("GET", "/api/Settings/CustomerSettings", h.settings()::customerSettings),
                OmniumRoute.of("GET", "/api/Markets/GetMarketGroups", h.settings()::marketGroups),
                OmniumRoute.of("GET", "/api/Markets", h.settings()::markets),
                OmniumRoute.of("GET", "/api/Stores/GetByExternalId", h.settings()::storeByExternalId),
                OmniumRoute.of("POST", "/api/Stores/SearchStores", h.settings()::searchStores),
                OmniumRoute.of("GET", "/api/Stores", h.settings()::stores),
                OmniumRoute.of("GET", "/api/Stores/{storeId}", h.settings()::storeById),
                OmniumRoute.of("GET", "/api/Health", h.settings()::health),
                // customers
                OmniumRoute.of("POST", "/api/customers/Search", h.customers()::search),
                OmniumRoute.of("GET", "/api/customers/{id}", h.customers()::get),
                OmniumRoute.of("POST", "/api/PrivateCustomers/Search", h.customers()::searchPrivate),
                OmniumRoute.of("POST", "/api/PrivateCustomers/Scroll", h.customers()::startScrollPrivate),
                OmniumRoute.of("GET", "/api/PrivateCustomers/Scroll/{scrollId}", h.customers()::continueScrollPrivate),
                OmniumRoute.of("GET", "/api/PrivateCustomers/GetAll", h.customers()::allPrivate),
                OmniumRoute.of("GET", "/api/PrivateCustomers/{id}", h.customers()::getPrivate),
                OmniumRoute.of("POST", "/api/BusinessCustomers/Search", h.customers()::searchBusiness),
                OmniumRoute.of("GET", "/api/BusinessCustomers/GetAll", h.customers()::allBusiness),
                OmniumRoute.of(
                        "GET",
                        "/api/BusinessCustomers/GetBusinessCustomerByContactEmail",
                        h.customers()::businessByContactEmail),
                OmniumRoute.of("GET", "/api/BusinessCustomers/{id}", h.customers()::getBusiness),
                // products
                OmniumRoute.of("POST", "/api/Products/SearchProducts", h.products()::search),
                OmniumRoute.of("POST", "/api/Products/Scroll", h.products()::startScroll),
                OmniumRoute.of("GET", "/api/Products/Scroll/{scrollId}", h.products()::continueScroll),
                OmniumRoute.of("PATCH", "/api/Products/PatchMany", h.products()::patchMany),
                OmniumRoute.of("PUT", "/api/Products/ProductCategories", h.products()::linkCategories),
                OmniumRoute.of("GET", "/api/Products/ProductCategories/{categoryId}", h.products()::inCategory),
                OmniumRoute.of("GET", "/api/Products/Variants/{variantId}", h.products()::variant),
                OmniumRoute.of("GET", "/api/Products/{id}/raw", h.products()::raw),
                OmniumRoute.of("GET", "/api/Products/{id}/ByMarket/{marketId}", h.products()::byMarket),
                OmniumRoute.of("GET", "/api/Products/{id}/Variants", h.products()::variants),
                OmniumRoute.of("GET", "/api/Products/{id}", h.products()::get),
                OmniumRoute.of("PATCH", "/api/Products/{id}", h.products()::patch),
                // categories
                OmniumRoute.of("GET", "/api/ProductCategories/GetCategoryTree", h.categories()::tree),
                OmniumRoute.of("POST", "/api/ProductCategories/ScrollSearch", h.categories()::startScroll),
                OmniumRoute.of("GET", "/api/ProductCategories/Scroll/{scrollId}", h.categories()::continueScroll),
                OmniumRoute.of("POST", "/api/ProductCategories/AddMany", h.categories()::addMany),
                OmniumRoute.of("PATCH", "/api/ProductCategories/PatchMany", h.categories()::patchMany),
                OmniumRoute.of("GET", "/api/ProductCategories/{parentId}/SubCategories", h.categories()::subCategories),
                OmniumRoute.of("GET", "/api/ProductCategories", h.categories()::list),
                OmniumRoute.of("POST", "/api/ProductCategories", h.categories()::create),
                OmniumRoute.of("PUT", "/api/ProductCategories", h.categories()::put),
                OmniumRoute.of("GET", "/api/ProductCategories/{categoryId}", h.categories()::get),
                OmniumRoute.of("PATCH", "/api/ProductCategories/{categoryId}", h.categories()::patch),
                OmniumRoute.of("DELETE", "/api/ProductCategories/{categoryId}", h.categories()::delete),
                // inventory
                OmniumRoute.of("POST", "/api/Inventory/Search", h.inventory()::search),
                OmniumRoute.of("GET", "/api/Inventory/Scroll/{scrollId}", h.inventory()::continueScroll),
                OmniumRoute.of("PUT", "/api/Inventory/UpdateMany", h.inventory()::updateMany),
                OmniumRoute.of("PUT", "/api/Inventory/Update", h.inventory()::update),
                OmniumRoute.of("POST", "/api/Inventory/AddMany", h.inventory()::addMany),
                OmniumRoute.of("POST", "/api/Inventory/ProcessInventoryTransactions", h.inventory()::transactions),
                OmniumRoute.of("POST", "/api/Inventory", h.inventory()::add),
                OmniumRoute.of("GET", "/api/Inventory/{sku}", h.inventory()::get),
                OmniumRoute.of("DELETE", "/api/Inventory/{sku}", h.inventory()::delete),
                // carts
                OmniumRoute.of("POST", "/api/Cart/Search", h.carts()::search),
                OmniumRoute.of("POST", "/api/Cart/ScrollSearch", h.carts()::startScroll),
                OmniumRoute.of("GET", "/api/Cart/Scroll/{scrollId}", h.carts()::continueScroll),
                OmniumRoute.of("GET", "/api/Cart/GetCarts", h.carts()::list),
                OmniumRoute.of("GET", "/api/Cart/GetCartsByCustomer", h.carts()::byCustomer),
                OmniumRoute.of("POST", "/api/Cart/CreateCart", h.carts()::create),
                OmniumRoute.of("POST", "/api/Cart/AddItemToCart", h.carts()::addItem),
                OmniumRoute.of("POST", "/api/Cart/AddItemsToCart", h.carts()::addItems),
                OmniumRoute.of("POST", "/api/Cart/AddManyItemsToCart", h.carts()::addManyItems),
                OmniumRoute.of("POST", "/api/Cart/CreateOrderFromCart/{id}", h.carts()::createOrder),
                OmniumRoute.of("POST", "/api/Cart/{id}/OrderLines/Add", h.carts()::addToExisting),
                OmniumRoute.of(
                        "POST", "/api/Cart/{id}/OrderLines/SetQuantity/Sku/{skuId}/{quantity}", h.carts()::setQuantity),
                OmniumRoute.of("DELETE", "/api/Cart/{id}/OrderLines/{lineItemId}", h.carts()::deleteLine),
                OmniumRoute.of("PUT", "/api/Cart/{id}/AddCustomer/{customerId}", h.carts()::addCustomer),
                OmniumRoute.of("PUT", "/api/Cart/{id}/AddShipments", h.carts()::addShipments),
                OmniumRoute.of("PATCH", "/api/Cart/{id}/PatchCart", h.carts()::patch),
                OmniumRoute.of("POST", "/api/Cart/{id}/Validate", h.carts()::validate),
                OmniumRoute.of("POST", "/api/Cart/{id}/DeactivateCart", h.carts()::deactivate),
                OmniumRoute.of("GET", "/api/Cart/{id}", h.carts()::get),
                OmniumRoute.of("DELETE", "/api/Cart/{id}", h.carts()::delete));
    }
}
