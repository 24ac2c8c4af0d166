package io.omnicart.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.error.NotFound;
import io.omnicart.core.model.Capability;
import io.omnicart.core.model.Collection;
import io.omnicart.core.model.CollectionProductsCommand;
import io.omnicart.core.model.CreateCollectionCommand;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.UpdateCollectionCommand;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Collections: list, read, create, rename, delete, and adding and removing products (idempotently). */
public abstract class CollectionContract extends ContractGroup {

    protected CollectionContract(CommerceAdapterContract contract) {
        super(contract);
    }

    @Test
    void listsCollectionsWithTheirProductCounts() {
        if (!supports(Capability.COLLECTIONS_READ, () -> adapter().listCollections(store(), PageRequest.first(1)))) {
            return;
        }
        List<Collection> collections = allPages(page -> adapter().listCollections(store(), page), 1);

        assertThat(collections)
                .extracting(Collection::id)
                .containsExactlyInAnyOrder(
                        seeded().collectionId("summer-essentials"), seeded().collectionId("winter-warmers"));
        assertThat(collections)
                .extracting(Collection::handle)
                .containsExactlyInAnyOrderElementsOf(
                        profile().collectionHandles()
                                ? List.of("summer-essentials", "winter-warmers")
                                : Arrays.asList(null, null));
        assertThat(collections)
                .filteredOn(c -> seeded().collectionId("summer-essentials").equals(c.id()))
                .extracting(Collection::productCount)
                .containsExactly((int) products("summer-essentials"));
    }

    @Test
    void readsACollectionAndItsProducts() {
        String id = seeded().collectionId("winter-warmers");
        if (!supports(Capability.COLLECTIONS_READ, () -> adapter().getCollection(store(), id))) {
            return;
        }
        Collection winter = await(adapter().getCollection(store(), id));
        assertThat(winter.title()).isEqualTo("Winter Warmers");
        assertThat(winter.handle()).isEqualTo(profile().collectionHandles() ? "winter-warmers" : null);

        List<Product> products = allPages(page -> adapter().listCollectionProducts(store(), id, page), 1);
        assertThat(products).extracting(Product::handle).containsExactlyInAnyOrder("hoodie", "wool-beanie");
    }

    @Test
    void createsRenamesAndDeletesACollection() {
        CreateCollectionCommand create = new CreateCollectionCommand("Gift Ideas", null);
        if (!supports(Capability.COLLECTIONS_WRITE, () -> adapter().createCollection(store(), create))) {
            return;
        }
        Collection created = await(adapter().createCollection(store(), create));
        assertThat(created.title()).isEqualTo("Gift Ideas");
        assertThat(created.handle()).isNotBlank();
        assertThat(created.productCount()).isIn(null, 0);

        Collection renamed =
                await(adapter().updateCollection(store(), created.id(), new UpdateCollectionCommand("Gifts", "gifts")));
        assertThat(renamed.title()).isEqualTo("Gifts");
        assertThat(renamed.handle()).isEqualTo("gifts");
        assertThat(await(adapter().getCollection(store(), created.id())).title())
                .isEqualTo("Gifts");

        await(adapter().deleteCollection(store(), created.id()));
        failure(adapter().getCollection(store(), created.id()), NotFound.class);
    }

    @Test
    void addsAndRemovesProductsIdempotently() {
        String summer = seeded().collectionId("summer-essentials");
        String giftCard = seeded().productId("gift-card");
        CollectionProductsCommand add = new CollectionProductsCommand(List.of(giftCard), List.of());
        if (!supports(
                Capability.COLLECTION_PRODUCTS_WRITE, () -> adapter().updateCollectionProducts(store(), summer, add))) {
            return;
        }
        long before = products("summer-essentials");
        assertThat(await(adapter().updateCollectionProducts(store(), summer, add))
                        .productCount())
                .isEqualTo((int) before + 1);
        assertThat(await(adapter().updateCollectionProducts(store(), summer, add))
                        .productCount())
                .isEqualTo((int) before + 1);
        assertThat(allPages(page -> adapter().listCollectionProducts(store(), summer, page), 100))
                .extracting(Product::id)
                .contains(giftCard);

        CollectionProductsCommand remove = new CollectionProductsCommand(List.of(), List.of(giftCard));
        assertThat(await(adapter().updateCollectionProducts(store(), summer, remove))
                        .productCount())
                .isEqualTo((int) before);
        assertThat(await(adapter().getProduct(store(), giftCard)).collection()).isNull();
    }

    private long products(String collectionHandle) {
        return seeded().seed().products().stream()
                .filter(product -> collectionHandle.equals(product.collectionHandle()))
                .count();
    }
}
