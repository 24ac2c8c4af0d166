package io.omnicart.adapter.medusa.mapping;

import static io.omnicart.adapter.medusa.MedusaSamples.entity;
import static io.omnicart.adapter.medusa.MedusaSamples.list;
import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.adapter.medusa.model.MedusaCollection;
import io.omnicart.adapter.medusa.model.MedusaInventoryItem;
import io.omnicart.adapter.medusa.model.MedusaProduct;
import io.omnicart.core.model.Collection;
import io.omnicart.core.model.InventoryLevel;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.ProductStatus;
import io.omnicart.core.model.ProductVariant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MedusaCatalogMapperTest {

    private final List<Product> products = list("admin-products-list-fields", "products", MedusaProduct.class).stream()
            .map(MedusaProductMapper::toProduct)
            .toList();

    @Test
    void variantsCarrySkuOptionsAndAPricePerCurrency() {
        ProductVariant wallet = variant("WALLET-1");

        assertThat(wallet.title()).isEqualTo("Default");
        assertThat(wallet.options()).isEqualTo(Map.of("Material", "Leather"));
        assertThat(wallet.prices())
                .extracting(Money::amount)
                .extracting(java.math.BigDecimal::toPlainString)
                .containsExactly("35.00", "39.00");
        assertThat(wallet.prices())
                .extracting(money -> money.currency().getCurrencyCode())
                .containsExactly("EUR", "USD");
    }

    @Test
    void productsCarryStatusThumbnailCollectionAndOptions() {
        Product tee = products.stream()
                .filter(product -> "classic-tee".equals(product.handle()))
                .findFirst()
                .orElseThrow();

        assertThat(tee.status()).isEqualTo(ProductStatus.PUBLISHED);
        assertThat(tee.thumbnail()).isEqualTo("https://images.example.com/omnicart/classic-tee.png");
        assertThat(tee.collection()).isNotNull();
        assertThat(tee.collection().title()).isEqualTo("Summer Essentials");
        assertThat(tee.options()).anySatisfy(option -> {
            assertThat(option.title()).isEqualTo("Size");
            assertThat(option.values()).contains("S", "M", "L");
        });
        assertThat(tee.variants())
                .allSatisfy(variant -> assertThat(variant.options()).containsKeys("Size", "Color"));
    }

    @Test
    void stockIsUnknownWhenTheInventoryLinksWereNotSent() {
        assertThat(variant("WALLET-1").inventoryQuantity()).isNull();
    }

    @Test
    void stockIsSummedOverTheLocationLevelsOfTheLinkedItems() {
        Product tee = MedusaProductMapper.toProduct(
                entity("admin-products-retrieve-inventory", "product", MedusaProduct.class));

        ProductVariant small = tee.variants().stream()
                .filter(variant -> "TEE-S-BLK".equals(variant.sku()))
                .findFirst()
                .orElseThrow();
        assertThat(small.inventoryQuantity()).isEqualTo(24);
    }

    @Test
    void inventoryLevelsReportTheStockedQuantityPerLocation() {
        List<InventoryLevel> levels =
                list("admin-inventory-items-list", "inventory_items", MedusaInventoryItem.class).stream()
                        .flatMap(item -> MedusaStockMapper.levels(item).stream())
                        .toList();

        assertThat(levels).extracting(InventoryLevel::sku).containsExactly("TEE-M-BLK", "TEE-S-BLK", "TEE-L-BLK");
        assertThat(levels).extracting(InventoryLevel::quantity).containsExactly(38, 24, 10);
        assertThat(levels).extracting(InventoryLevel::locationId).allMatch(id -> id.startsWith("sloc_"));
    }

    @Test
    void collectionsCountTheirProducts() {
        List<Collection> collections =
                list("admin-collections-list-products", "collections", MedusaCollection.class).stream()
                        .map(MedusaCollectionMapper::toCollection)
                        .toList();

        assertThat(collections).allSatisfy(collection -> {
            assertThat(collection.id()).startsWith("pcol_");
            assertThat(collection.productCount()).isPositive();
        });
        assertThat(collections).extracting(Collection::handle).contains("winter-warmers");
    }

    @Test
    void aCollectionWithoutRequestedProductsHasNoCount() {
        Collection collection = MedusaCollectionMapper.toCollection(
                entity("admin-collections-retrieve", "collection", MedusaCollection.class));

        assertThat(collection.productCount()).isNull();
        assertThat(collection.title()).isNotBlank();
    }

    private ProductVariant variant(String sku) {
        return products.stream()
                .flatMap(product -> product.variants().stream())
                .filter(variant -> sku.equals(variant.sku()))
                .findFirst()
                .orElseThrow();
    }
}
