package io.omnicart.adapter.medusa;

import io.omnicart.adapter.medusa.client.MedusaCatalogClient;
import io.omnicart.adapter.medusa.client.MedusaClient;
import io.omnicart.adapter.medusa.client.MedusaQuery;
import io.omnicart.adapter.medusa.error.MedusaErrorTranslator;
import io.omnicart.adapter.medusa.mapping.MedusaCustomerMapper;
import io.omnicart.adapter.medusa.mapping.MedusaDraftOrderMapper;
import io.omnicart.adapter.medusa.mapping.MedusaFields;
import io.omnicart.adapter.medusa.mapping.MedusaOrderMapper;
import io.omnicart.adapter.medusa.mapping.MedusaProductMapper;
import io.omnicart.adapter.medusa.model.MedusaCustomer;
import io.omnicart.adapter.medusa.model.MedusaList;
import io.omnicart.core.model.ChangeBatch;
import io.omnicart.core.model.ChangeQuery;
import io.omnicart.core.model.ChangeResource;
import io.omnicart.core.model.ResourceChange;
import io.omnicart.core.model.ResourceChanges;
import io.omnicart.core.spi.StoreConnection;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * Medusa's delta query (reference §3.1): every admin list takes {@code updated_at[$gte]} and {@code order=updated_at},
 * so one page of orders, products, customers or draft orders modified since the watermark is one small call.
 * Stock levels carry no modification time Medusa can filter by; they are not watched here.
 */
final class MedusaChanges {

    static final Set<ChangeResource> RESOURCES = EnumSet.of(
            ChangeResource.ORDER, ChangeResource.PRODUCT, ChangeResource.CUSTOMER, ChangeResource.DRAFT_ORDER);

    private final MedusaClient client;
    private final MedusaCatalogClient catalog;

    MedusaChanges(MedusaClient client, MedusaCatalogClient catalog) {
        this.client = client;
        this.catalog = catalog;
    }

    Mono<ChangeBatch> changes(StoreConnection store, ChangeQuery query) {
        MedusaQuery since = MedusaQuery.fields(fields(query.resource()))
                .with("updated_at[$gte]", query.since().toString())
                .with("order", "updated_at")
                .page(query.limit(), 0);
        return switch (query.resource()) {
            case ORDER ->
                batch(client.listOrders(store, since), o -> ResourceChanges.order(MedusaOrderMapper.toSummary(o)));
            case PRODUCT ->
                batch(
                        catalog.listProducts(store, since),
                        p -> ResourceChanges.product(MedusaProductMapper.toProduct(p)));
            case CUSTOMER -> batch(client.listCustomers(store, since), MedusaChanges::customer);
            case DRAFT_ORDER ->
                batch(
                        client.listDraftOrders(store, since),
                        d -> ResourceChanges.draftOrder(MedusaDraftOrderMapper.toDraftOrder(d)));
            case INVENTORY -> Mono.error(MedusaErrorTranslator.unwatched());
        };
    }

    private static String fields(ChangeResource resource) {
        return switch (resource) {
            case ORDER -> MedusaFields.ORDER_SUMMARY;
            case PRODUCT -> MedusaFields.PRODUCT;
            case CUSTOMER -> MedusaFields.CUSTOMER_CHANGES;
            case DRAFT_ORDER -> MedusaFields.DRAFT_ORDER;
            case INVENTORY -> MedusaFields.ID;
        };
    }

    private static <W> Mono<ChangeBatch> batch(Mono<MedusaList<W>> page, Function<W, ResourceChange> toChange) {
        return page.map(list -> new ChangeBatch(
                list.items().stream().map(toChange).toList(), list.items().size() < list.count()));
    }

    /** A customer's modification time; Medusa always sends one, its creation time when never changed. */
    private static ResourceChange customer(MedusaCustomer customer) {
        var modified = customer.updatedAt() != null ? customer.updatedAt() : customer.createdAt();
        return ResourceChanges.customer(MedusaCustomerMapper.toCustomer(customer), modified);
    }
}
