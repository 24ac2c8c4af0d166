package io.omnicart.testkit.simulator.medusa;

import io.omnicart.testkit.simulator.medusa.state.InventoryItemState;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.medusa.state.ProductState;
import io.omnicart.testkit.simulator.medusa.state.VariantState;
import io.omnicart.testkit.simulator.seed.SeedOption;
import io.omnicart.testkit.simulator.seed.SeedProduct;
import io.omnicart.testkit.simulator.seed.SeedVariant;
import io.omnicart.testkit.simulator.seed.SeededStore;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Seeds one product: images, options with values, variants with prices, and stock for tracked variants. */
final class MedusaProductSeeder {

    private final MedusaStore store;
    private final SeededStore.Builder ids;
    private final Instant at;

    MedusaProductSeeder(MedusaStore store, SeededStore.Builder ids, Instant at) {
        this.store = store;
        this.ids = ids;
        this.at = at;
    }

    void seed(SeedProduct seed, @Nullable String collectionId) {
        ProductState product = new ProductState(
                next("prod"),
                seed.title(),
                seed.subtitle(),
                seed.description(),
                seed.handle(),
                seed.status().name().toLowerCase(Locale.ROOT),
                thumbnail(seed),
                at);
        product.collectionId = collectionId;
        for (int rank = 0; rank < seed.images().size(); rank++) {
            product.images.add(new ProductState.Image(next("img"), seed.images().get(rank), rank));
        }
        seed.options().forEach(option -> product.options.add(option(option)));
        for (int rank = 0; rank < seed.variants().size(); rank++) {
            product.variants.add(variant(product, seed.variants().get(rank), rank));
        }
        store.products.put(product.id, product);
        ids.product(seed.handle(), product.id);
    }

    private static @Nullable String thumbnail(SeedProduct seed) {
        return seed.thumbnail() != null || seed.images().isEmpty()
                ? seed.thumbnail()
                : seed.images().getFirst();
    }

    private ProductState.OptionState option(SeedOption option) {
        String optionId = next("opt");
        List<ProductState.OptionValue> values = option.values().stream()
                .map(value -> new ProductState.OptionValue(next("optval"), value, optionId))
                .toList();
        return new ProductState.OptionState(optionId, option.title(), values);
    }

    private VariantState variant(ProductState product, SeedVariant seed, int rank) {
        String variantId = next("variant");
        List<VariantState.Price> prices = seed.prices().stream()
                .map(price -> new VariantState.Price(
                        next("price"), price.amount(), price.currency().toLowerCase(Locale.ROOT), at))
                .toList();
        String itemId = seed.stock() == null ? null : inventoryItem(seed);
        String linkId = itemId == null ? null : next("pvitem");
        ids.variant(seed.sku(), variantId);
        return new VariantState(
                variantId,
                product.id,
                seed.title(),
                seed.sku(),
                seed.barcode(),
                itemId != null,
                false,
                rank,
                optionValueIds(product, seed),
                prices,
                itemId,
                linkId,
                at);
    }

    /** The variant's option values in the product's option order; every option it names must exist. */
    private static List<String> optionValueIds(ProductState product, SeedVariant seed) {
        seed.options().keySet().stream()
                .filter(title -> product.options.stream()
                        .noneMatch(option -> option.title().equals(title)))
                .findFirst()
                .ifPresent(title -> {
                    throw new IllegalArgumentException(product.handle + " has no option " + title);
                });
        return product.options.stream()
                .filter(option -> seed.options().containsKey(option.title()))
                .map(option -> valueId(product, option, seed.options().get(option.title())))
                .toList();
    }

    private static String valueId(ProductState product, ProductState.OptionState option, String value) {
        return option.values().stream()
                .filter(candidate -> candidate.value().equals(value))
                .map(ProductState.OptionValue::id)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        product.handle + " has no option " + option.title() + " with value " + value));
    }

    private String inventoryItem(SeedVariant seed) {
        InventoryItemState item = new InventoryItemState(next("iitem"), seed.sku(), seed.title(), at);
        item.levels.add(new InventoryItemState.LevelState(
                next("ilev"), item.id, store.location().id(), seed.stock(), at));
        store.inventoryItems.put(item.id, item);
        ids.inventoryItem(seed.sku(), item.id);
        return item.id;
    }

    private String next(String prefix) {
        return store.ids.next(prefix, at);
    }
}
