package io.omnicart.adapter.omnium;

import io.omnicart.adapter.omnium.client.OmniumCatalogClient;
import io.omnicart.adapter.omnium.client.OmniumQuery;
import io.omnicart.adapter.omnium.error.OmniumErrorTranslator;
import io.omnicart.adapter.omnium.mapping.OmniumDraftOrderMapper;
import io.omnicart.adapter.omnium.mapping.OmniumStoreMapper;
import io.omnicart.adapter.omnium.model.OmniumCartPatch;
import io.omnicart.adapter.omnium.model.OmniumCustomer;
import io.omnicart.adapter.omnium.model.OmniumMarket;
import io.omnicart.adapter.omnium.model.OmniumOrder;
import io.omnicart.adapter.omnium.model.OmniumSimpleSearch;
import io.omnicart.adapter.omnium.model.OmniumStore;
import io.omnicart.core.model.CreateDraftOrderCommand;
import io.omnicart.core.model.DraftOrder;
import io.omnicart.core.model.DraftOrderItem;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.spi.StoreConnection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Draft orders are Omnium carts (reference §9): listed newest first through {@code Cart/Search}, read and deleted by
 * id, built item by item with {@code AddItemToCart} (the first call creates the cart) in the market of the wanted
 * currency (or region = market), and converted with {@code CreateOrderFromCart}, which runs the order type's workflow.
 * A variant id is its SKU (as the product mapping gives it).
 */
final class OmniumDraftOrders {

    private final OmniumCatalogClient client;
    private final OmniumScanner scanner;
    private final OmniumOrders orders;

    OmniumDraftOrders(OmniumCatalogClient client, OmniumScanner scanner, OmniumOrders orders) {
        this.client = client;
        this.scanner = scanner;
        this.orders = orders;
    }

    Mono<Page<DraftOrder>> list(StoreConnection store, PageRequest page) {
        return scanner.plain(
                page,
                (index, size) -> client.searchCarts(
                        store,
                        new OmniumSimpleSearch(
                                size, index, "CreatedDescending", true, null, null, null, null, null, null)),
                OmniumDraftOrderMapper::toDraftOrder);
    }

    Mono<DraftOrder> get(StoreConnection store, String id) {
        return client.getCart(store, id).map(OmniumDraftOrderMapper::toDraftOrder);
    }

    Mono<Void> delete(StoreConnection store, String id) {
        return client.deleteCart(store, id);
    }

    Mono<Order> convert(StoreConnection store, String id) {
        return client.createOrderFromCart(store, id).flatMap(order -> orders.get(store, order.id()));
    }

    Mono<DraftOrder> create(StoreConnection store, CreateDraftOrderCommand command) {
        if (command.items().isEmpty()) {
            return Mono.error(() -> OmniumErrorTranslator.invalidField("items", "at least one item"));
        }
        return client.stores(store)
                .zipWhen(stores -> client.markets(store))
                .zipWhen(
                        both -> customerId(store, command),
                        (both, customer) -> new Context(both.getT1(), both.getT2(), customer))
                .flatMap(context -> {
                    OmniumMarket market = market(context.markets(), command);
                    String storeId = OmniumStoreMapper.primary(context.stores())
                            .map(OmniumStore::id)
                            .orElse(null);
                    String customerId = context.customerId().orElse(null);
                    return addItems(store, command.items(), 0, null, market.marketId(), storeId, customerId);
                })
                .flatMap(cart -> withEmail(store, cart, command.email()))
                .flatMap(cartId -> get(store, cartId));
    }

    private record Context(List<OmniumStore> stores, List<OmniumMarket> markets, Optional<String> customerId) {}

    private Mono<OmniumOrder> addItems(
            StoreConnection store,
            List<DraftOrderItem> items,
            int index,
            @Nullable String cartId,
            String marketId,
            @Nullable String storeId,
            @Nullable String customerId) {
        DraftOrderItem item = items.get(index);
        String sku = item.sku() != null ? item.sku() : item.variantId();
        if (sku == null || item.quantity() < 1) {
            return Mono.error(() -> OmniumErrorTranslator.invalidField(
                    "items[" + index + "]", "a sku or variantId and a quantity of at least 1"));
        }
        OmniumQuery query = OmniumQuery.empty()
                .with("cartId", cartId)
                .with("skuId", sku)
                .with("quantity", item.quantity())
                .with("marketId", marketId)
                .with("storeId", storeId)
                .with("customerId", customerId);
        return client.addItemToCart(store, query)
                .flatMap(cart -> index + 1 < items.size()
                        ? addItems(store, items, index + 1, cart.id(), marketId, storeId, customerId)
                        : Mono.just(cart));
    }

    /** A cart for an e-mail without a customer record keeps the e-mail on the cart itself. */
    private Mono<String> withEmail(StoreConnection store, OmniumOrder cart, @Nullable String email) {
        if (email == null || email.isBlank() || email.equalsIgnoreCase(cart.customerEmail())) {
            return Mono.just(cart.id());
        }
        return client.patchCart(store, cart.id(), new OmniumCartPatch(email.strip()))
                .thenReturn(cart.id());
    }

    private Mono<Optional<String>> customerId(StoreConnection store, CreateDraftOrderCommand command) {
        if (command.customerId() != null) {
            return Mono.just(Optional.of(command.customerId()));
        }
        if (command.email() == null || command.email().isBlank()) {
            return Mono.just(Optional.empty());
        }
        OmniumSimpleSearch byEmail = new OmniumSimpleSearch(1, 0, null, true, null, null, null, null, null, null);
        return client.searchCustomers(store, withEmail(byEmail, command.email()))
                .map(result -> result.result().stream()
                        .filter(customer -> command.email().strip().equalsIgnoreCase(customer.email()))
                        .map(OmniumCustomer::customerId)
                        .findFirst());
    }

    private static OmniumSimpleSearch withEmail(OmniumSimpleSearch search, String email) {
        return new OmniumSimpleSearch(
                search.take(), search.page(), null, true, null, email.strip(), null, null, null, null);
    }

    private static OmniumMarket market(List<OmniumMarket> markets, CreateDraftOrderCommand command) {
        if (command.regionId() != null) {
            return markets.stream()
                    .filter(market -> command.regionId().equals(market.marketId()))
                    .findFirst()
                    .orElseThrow(() ->
                            OmniumErrorTranslator.invalidField("regionId", "no Omnium market " + command.regionId()));
        }
        return OmniumStoreMapper.marketFor(markets, command.currency())
                .orElseThrow(() -> OmniumErrorTranslator.invalidField(
                        "currency", "no active Omnium market sells in " + command.currency()));
    }
}
