package io.omnicart.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.error.NotFound;
import io.omnicart.core.model.CancelOrderCommand;
import io.omnicart.core.model.Capability;
import io.omnicart.core.model.CollectionProductsCommand;
import io.omnicart.core.model.CreateShipmentCommand;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.UpdateCollectionCommand;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * An unknown id is {@code NotFound} naming the resource, for reads and writes alike, never an empty answer or a
 * success (even where the platform answers an unknown id with 200).
 */
public abstract class NotFoundContract extends ContractGroup {

    protected NotFoundContract(CommerceAdapterContract contract) {
        super(contract);
    }

    @Test
    void unknownOrders() {
        String id = contract().unknownId("order");
        expectNotFound("order", id, Capability.ORDERS_READ, () -> adapter().getOrder(store(), id));
        expectNotFound("order", id, Capability.ORDER_COMPLETE, () -> adapter().completeOrder(store(), id));
        expectNotFound(
                "order",
                id,
                Capability.ORDER_CANCEL,
                () -> adapter().cancelOrder(store(), id, new CancelOrderCommand("why")));
        expectNotFound("order", id, Capability.ORDER_ARCHIVE, () -> adapter().archiveOrder(store(), id));
        expectNotFound(
                "order",
                id,
                Capability.ORDER_SHIP,
                () -> adapter()
                        .createShipment(store(), id, new CreateShipmentCommand("DHL", "T-1", null, List.of(), false)));
    }

    @Test
    void unknownProducts() {
        String id = contract().unknownId("product");
        expectNotFound("product", id, Capability.PRODUCTS_READ, () -> adapter().getProduct(store(), id));
    }

    @Test
    void unknownCustomers() {
        String id = contract().unknownId("customer");
        expectNotFound(
                "customer", id, Capability.CUSTOMERS_READ, () -> adapter().getCustomer(store(), id));
        expectNotFound(
                "customer",
                id,
                Capability.CUSTOMERS_READ,
                () -> adapter().listCustomerOrders(store(), id, PageRequest.first(10)));
    }

    @Test
    void unknownCollections() {
        String id = contract().unknownId("collection");
        expectNotFound(
                "collection", id, Capability.COLLECTIONS_READ, () -> adapter().getCollection(store(), id));
        expectNotFound(
                "collection",
                id,
                Capability.COLLECTIONS_READ,
                () -> adapter().listCollectionProducts(store(), id, PageRequest.first(10)));
        expectNotFound(
                "collection",
                id,
                Capability.COLLECTIONS_WRITE,
                () -> adapter().updateCollection(store(), id, new UpdateCollectionCommand("x", null)));
        expectNotFound(
                "collection", id, Capability.COLLECTIONS_WRITE, () -> adapter().deleteCollection(store(), id));
        expectNotFound(
                "collection",
                id,
                Capability.COLLECTION_PRODUCTS_WRITE,
                () -> adapter()
                        .updateCollectionProducts(
                                store(),
                                id,
                                new CollectionProductsCommand(List.of(seeded().productId("hoodie")), List.of())));
    }

    @Test
    void unknownDraftOrders() {
        String id = contract().unknownId("draft_order");
        expectNotFound(
                "draft_order", id, Capability.DRAFT_ORDERS_READ, () -> adapter().getDraftOrder(store(), id));
        expectNotFound(
                "draft_order",
                id,
                Capability.DRAFT_ORDERS_WRITE,
                () -> adapter().deleteDraftOrder(store(), id));
        expectNotFound(
                "draft_order",
                id,
                Capability.DRAFT_ORDERS_WRITE,
                () -> adapter().convertDraftOrder(store(), id));
    }

    private void expectNotFound(String resource, String id, Capability capability, Supplier<Mono<?>> call) {
        if (!supports(capability, call)) {
            return;
        }
        NotFound notFound = failure(call.get(), NotFound.class);
        assertThat(notFound.resource()).as("resource of %s", capability).isEqualTo(resource);
        assertThat(notFound.id()).isEqualTo(id);
        assertThat(notFound.platform()).isEqualTo(adapter().platform());
    }
}
