package io.omnicart.adapter.demo.data;

import io.omnicart.core.model.LineItem;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.ProductVariant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/** Picks what a basket holds: distinct products, one variant each, priced in the order's currency. */
final class DemoLineItems {

    private final DemoTime time;
    private final Random random;
    private final List<Product> products;

    /** Baskets from {@code products} (at least four). */
    DemoLineItems(DemoTime time, Random random, List<Product> products) {
        this.time = time;
        this.random = random;
        this.products = List.copyOf(products);
    }

    /** Between {@code minLines} and 4 lines (mostly 1–2) with mostly single quantities. */
    List<LineItem> basket(int minLines, Currency currency, OffsetDateTime at) {
        return basket(Math.max(minLines, lineCount()), 1, currency, at);
    }

    /** {@code lines} lines, each with a quantity of {@code minQuantity} or a little more. */
    List<LineItem> basket(int lines, int minQuantity, Currency currency, OffsetDateTime at) {
        List<Product> shelf = new ArrayList<>(products);
        Collections.shuffle(shelf, random);
        List<LineItem> items = new ArrayList<>();
        for (Product product : shelf.subList(0, lines)) {
            ProductVariant variant = DemoPeople.pick(product.variants(), random);
            items.add(line(product, variant, minQuantity + extraQuantity(), currency, at));
        }
        return items;
    }

    private LineItem line(Product product, ProductVariant variant, int quantity, Currency currency, OffsetDateTime at) {
        Money unitPrice = variant.prices().stream()
                .filter(price -> price.currency().equals(currency))
                .findFirst()
                .orElseThrow();
        return new LineItem(
                time.id("ordli", at, random),
                product.id(),
                variant.id(),
                variant.sku(),
                product.title(),
                variant.title(),
                product.thumbnail(),
                quantity,
                unitPrice,
                unitPrice.times(quantity));
    }

    private int lineCount() {
        int roll = random.nextInt(100);
        return roll < 45 ? 1 : roll < 75 ? 2 : roll < 92 ? 3 : 4;
    }

    private int extraQuantity() {
        int roll = random.nextInt(100);
        return roll < 78 ? 0 : roll < 95 ? 1 : 2;
    }
}
