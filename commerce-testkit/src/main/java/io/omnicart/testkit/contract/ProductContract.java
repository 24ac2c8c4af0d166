package io.omnicart.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.model.Capability;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.ProductOption;
import io.omnicart.core.model.ProductQuery;
import io.omnicart.core.model.ProductStatus;
import io.omnicart.core.model.ProductVariant;
import io.omnicart.testkit.simulator.seed.SeedProduct;
import io.omnicart.testkit.simulator.seed.SeedProductStatus;
import io.omnicart.testkit.simulator.seed.SeedVariant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** Products: paging, status, collection and text filters, and the full product with variants, prices and stock. */
public abstract class ProductContract extends ContractGroup {

    protected ProductContract(CommerceAdapterContract contract) {
        super(contract);
    }

    @Test
    void listsEveryProductAcrossPages() {
        if (!supports(Capability.PRODUCTS_READ, () -> list(null, Set.of(), null, 3))) {
            return;
        }
        List<Product> products =
                allPages(page -> adapter().listProducts(store(), query(null, Set.of(), null, page)), 3);

        assertThat(products)
                .extracting(Product::handle)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(handles(product -> true));
        Page<Product> first = await(list(null, Set.of(), null, 3));
        assertThat(first.total()).isIn(null, (long) seeded().seed().products().size());
    }

    @Test
    void filtersByStatus() {
        if (!supports(Capability.PRODUCTS_READ, () -> list(null, Set.of(ProductStatus.DRAFT), null, 100))) {
            return;
        }
        for (ProductStatus status : ProductStatus.values()) {
            SeedProductStatus seedStatus = SeedProductStatus.valueOf(status.name());
            assertThat(handlesOf(list(null, Set.of(status), null, 100)))
                    .as("products %s", status)
                    .containsExactlyInAnyOrderElementsOf(handles(product -> product.status() == seedStatus));
        }
        assertThat(handlesOf(list(null, Set.of(ProductStatus.PROPOSED, ProductStatus.REJECTED), null, 100)))
                .containsExactlyInAnyOrderElementsOf(handles(product -> product.status() == SeedProductStatus.PROPOSED
                        || product.status() == SeedProductStatus.REJECTED));
    }

    @Test
    void filtersByCollection() {
        String summer = seeded().collectionId("summer-essentials");
        if (!supports(Capability.PRODUCTS_READ, () -> list(null, Set.of(), summer, 100))) {
            return;
        }
        assertThat(handlesOf(list(null, Set.of(), summer, 100)))
                .containsExactlyInAnyOrderElementsOf(handles(p -> "summer-essentials".equals(p.collectionHandle())));
    }

    @Test
    void findsProductsByTitleOrSkuIgnoringCase() {
        if (!supports(Capability.PRODUCTS_READ, () -> list("sneak", Set.of(), null, 100))) {
            return;
        }
        assertThat(handlesOf(list("SNEAK", Set.of(), null, 100))).containsExactly("canvas-sneakers");
        assertThat(handlesOf(list("hood-m", Set.of(), null, 100))).containsExactly("hoodie");
        assertThat(handlesOf(list("heavyweight fleece", Set.of(), null, 100)))
                .as("a description is not searched")
                .isEmpty();
    }

    @Test
    void readsTheProductWithVariantsPricesOptionsAndStock() {
        String id = seeded().productId("classic-tee");
        if (!supports(Capability.PRODUCTS_READ, () -> adapter().getProduct(store(), id))) {
            return;
        }
        Product tee = await(adapter().getProduct(store(), id));

        assertThat(tee.title()).isEqualTo("Classic Tee");
        assertThat(tee.handle()).isEqualTo("classic-tee");
        assertThat(tee.status()).isEqualTo(ProductStatus.PUBLISHED);
        assertThat(tee.thumbnail()).isNotBlank();
        assertThat(tee.collection().id()).isEqualTo(seeded().collectionId("summer-essentials"));
        assertThat(tee.collection().title()).isEqualTo("Summer Essentials");
        List<String> skus = seedProduct("classic-tee").variants().stream()
                .map(SeedVariant::sku)
                .toList();
        assertThat(tee.variants()).extracting(ProductVariant::sku).containsAll(skus);
        assertThat(tee.variants()).filteredOn(v -> skus.contains(v.sku())).allSatisfy(variant -> {
            assertThat(variant.id()).isEqualTo(seeded().variantId(variant.sku()));
            assertThat(variant.prices())
                    .extracting(ProductContract::price)
                    .containsExactlyInAnyOrderElementsOf(seeded().seed().variant(variant.sku()).prices().stream()
                            .map(p -> p.currency().toUpperCase(Locale.ROOT) + " "
                                    + p.amount().stripTrailingZeros().toPlainString())
                            .toList());
        });
        ProductVariant soldOut = variant(tee, "TEE-M-WHT");
        assertThat(soldOut.inventoryQuantity()).isZero();
        if (profile().variantCombinations()) {
            assertThat(tee.options()).extracting(ProductOption::title).containsExactlyInAnyOrder("Size", "Color");
            assertThat(tee.variants())
                    .hasSize(6)
                    .allSatisfy(variant -> assertThat(variant.options()).containsOnlyKeys("Size", "Color"));
            assertThat(soldOut.options()).isEqualTo(Map.of("Size", "M", "Color", "White"));
        } else {
            assertThat(tee.options()).as("one option naming the combinations").hasSize(1);
            assertThat(tee.options().getFirst().values()).hasSize(skus.size());
            assertThat(tee.variants())
                    .as("stock is counted per option value")
                    .allSatisfy(variant -> assertThat(variant.options()).hasSizeLessThanOrEqualTo(1));
            assertThat(soldOut.options()).hasSize(1);
        }
        assertThat(variant(tee, "TEE-L-BLK").inventoryQuantity()).isEqualTo(10);
    }

    @Test
    void untrackedStockIsNull() {
        String id = seeded().productId("gift-card");
        if (!supports(Capability.PRODUCTS_READ, () -> adapter().getProduct(store(), id))) {
            return;
        }
        Product giftCard = await(adapter().getProduct(store(), id));

        assertThat(variant(giftCard, "GIFT-50").inventoryQuantity()).isNull();
        assertThat(giftCard.collection()).isNull();
    }

    static ProductVariant variant(Product product, String sku) {
        return product.variants().stream()
                .filter(variant -> sku.equals(variant.sku()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no variant " + sku + " in " + product.handle()));
    }

    private static String price(Money money) {
        return money.currency().getCurrencyCode() + " "
                + money.amount().stripTrailingZeros().toPlainString();
    }

    private SeedProduct seedProduct(String handle) {
        return seeded().seed().products().stream()
                .filter(product -> product.handle().equals(handle))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no product " + handle + " in the seed"));
    }

    private List<String> handles(java.util.function.Predicate<SeedProduct> filter) {
        return seeded().seed().products().stream()
                .filter(filter)
                .map(SeedProduct::handle)
                .toList();
    }

    private static List<String> handlesOf(Mono<Page<Product>> call) {
        return await(call).data().stream().map(Product::handle).toList();
    }

    private Mono<Page<Product>> list(
            @Nullable String q, Set<ProductStatus> statuses, @Nullable String collectionId, int limit) {
        return adapter().listProducts(store(), query(q, statuses, collectionId, PageRequest.first(limit)));
    }

    private static ProductQuery query(
            @Nullable String q, Set<ProductStatus> statuses, @Nullable String collectionId, PageRequest page) {
        return new ProductQuery(q, statuses, collectionId, page);
    }
}
