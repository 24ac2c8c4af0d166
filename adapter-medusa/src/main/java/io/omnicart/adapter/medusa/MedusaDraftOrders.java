package io.omnicart.adapter.medusa;

import io.omnicart.adapter.medusa.client.MedusaCatalogClient;
import io.omnicart.adapter.medusa.client.MedusaClient;
import io.omnicart.adapter.medusa.client.MedusaQuery;
import io.omnicart.adapter.medusa.error.MedusaErrorTranslator;
import io.omnicart.adapter.medusa.mapping.MedusaDraftOrderMapper;
import io.omnicart.adapter.medusa.mapping.MedusaDraftOrderRequests;
import io.omnicart.adapter.medusa.mapping.MedusaFields;
import io.omnicart.adapter.medusa.model.MedusaRegion;
import io.omnicart.adapter.medusa.model.MedusaStore;
import io.omnicart.core.model.CreateDraftOrderCommand;
import io.omnicart.core.model.DraftOrder;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.spi.StoreConnection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * Draft orders (reference §6): rows of the order table with status {@code draft}. Creation needs a region (the one
 * selling the command's currency, else the store's default) and a variant id per line (lines given by SKU are looked
 * up first: Medusa 2.21.2 cannot price a {@code variant_sku} line); delete checks first that the id is a draft, so a live
 * order can never be deleted through it; conversion keeps the id and answers the order as re-read.
 */
final class MedusaDraftOrders {

    private final MedusaClient client;
    private final MedusaCatalogClient catalog;
    private final MedusaPager pager;
    private final MedusaOrders orders;

    MedusaDraftOrders(MedusaClient client, MedusaCatalogClient catalog, MedusaPager pager, MedusaOrders orders) {
        this.client = client;
        this.catalog = catalog;
        this.pager = pager;
        this.orders = orders;
    }

    Mono<Page<DraftOrder>> list(StoreConnection store, PageRequest page) {
        MedusaQuery query = MedusaQuery.fields(MedusaFields.DRAFT_ORDER).with("order", "-created_at");
        return pager.page(
                page,
                (offset, limit) -> client.listDraftOrders(store, query.page(limit, offset)),
                MedusaDraftOrderMapper::toDraftOrder);
    }

    Mono<DraftOrder> get(StoreConnection store, String id) {
        return client.getDraftOrder(store, id, MedusaFields.DRAFT_ORDER).map(MedusaDraftOrderMapper::toDraftOrder);
    }

    Mono<DraftOrder> create(StoreConnection store, CreateDraftOrderCommand command) {
        return Mono.fromRunnable(() -> MedusaDraftOrderRequests.validate(command))
                .then(variantIds(store, command))
                .flatMap(variantIds -> defaults(store)
                        .flatMap(defaults -> region(store, command, defaults)
                                .map(regionId -> MedusaDraftOrderRequests.toRequest(
                                        command, regionId, defaults.defaultSalesChannelId(), variantIds))))
                .flatMap(body -> client.createDraftOrder(store, body, MedusaFields.DRAFT_ORDER))
                .map(MedusaDraftOrderMapper::toDraftOrder);
    }

    Mono<Void> delete(StoreConnection store, String id) {
        return client.getDraftOrder(store, id, MedusaFields.ID).then(client.deleteDraftOrder(store, id));
    }

    Mono<Order> convert(StoreConnection store, String id) {
        return client.convertDraftOrder(store, id).then(orders.get(store, id));
    }

    /** The variant id of every SKU the command orders by, in one {@code /admin/product-variants?sku[]=…} call. */
    private Mono<Map<String, String>> variantIds(StoreConnection store, CreateDraftOrderCommand command) {
        List<String> skus = MedusaDraftOrderRequests.skus(command);
        if (skus.isEmpty()) {
            return Mono.just(Map.of());
        }
        // Twice the SKU count: a duplicate SKU must show up as such rather than hide behind the limit.
        MedusaQuery query = MedusaQuery.fields(MedusaFields.VARIANT_SKU)
                .withEach("sku", skus)
                .page(skus.size() * 2L, 0);
        return catalog.listProductVariants(store, query)
                .map(variants -> MedusaDraftOrderRequests.variantIds(command, variants.items()));
    }

    private Mono<MedusaStore> defaults(StoreConnection store) {
        return client.listStores(
                        store, MedusaQuery.fields(MedusaFields.STORE_DEFAULTS).page(1, 0))
                .mapNotNull(stores ->
                        stores.items().isEmpty() ? null : stores.items().getFirst())
                .switchIfEmpty(Mono.error(() -> MedusaErrorTranslator.unexpectedReply("no store record")));
    }

    /** The command's region, else the region selling its currency, else the store's default region. */
    private Mono<String> region(StoreConnection store, CreateDraftOrderCommand command, MedusaStore defaults) {
        if (command.regionId() != null && !command.regionId().isBlank()) {
            return Mono.just(command.regionId().strip());
        }
        if (command.currency() != null && !command.currency().isBlank()) {
            return regionSelling(store, command.currency().strip().toLowerCase(Locale.ROOT));
        }
        return Mono.justOrEmpty(defaults.defaultRegionId())
                .switchIfEmpty(Mono.error(() -> MedusaErrorTranslator.invalidField(
                        "regionId", "the store has no default region: give a regionId or a currency")));
    }

    private Mono<String> regionSelling(StoreConnection store, String currency) {
        MedusaQuery query = MedusaQuery.fields("id,currency_code")
                .with("currency_code", currency)
                .page(1, 0);
        return client.listRegions(store, query)
                .mapNotNull(regions ->
                        regions.items().isEmpty() ? null : regions.items().getFirst())
                .map(MedusaRegion::id)
                .switchIfEmpty(Mono.error(() -> MedusaErrorTranslator.invalidField(
                        "currency", "the store has no region selling " + currency.toUpperCase(Locale.ROOT))));
    }
}
