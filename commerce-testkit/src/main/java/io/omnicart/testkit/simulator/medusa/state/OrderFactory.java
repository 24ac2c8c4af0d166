package io.omnicart.testkit.simulator.medusa.state;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Creates order rows (orders and draft orders) with their lines, addresses and shipping method. */
public final class OrderFactory {

    private final MedusaStore store;

    public OrderFactory(MedusaStore store) {
        this.store = store;
    }

    public OrderState create(NewOrder spec) {
        Instant at = spec.at();
        String id = store.ids.next("order", at);
        OrderState order = new OrderState(
                id,
                store.nextDisplayId(),
                spec.status(),
                spec.currencyCode(),
                spec.region().id(),
                store.salesChannel().id(),
                at);
        order.email = spec.email();
        order.customerId = spec.customerId();
        spec.lines().forEach(line -> order.items.add(line(line, order.currencyCode, at)));
        order.shippingAddress = address(spec.shippingAddress(), at);
        order.billingAddress = address(spec.billingAddress(), at);
        if (spec.shippingAmount() != null) {
            order.shippingMethods.add(shippingMethod(spec.shippingAmount(), at));
        }
        store.orders.put(order.id, order);
        return order;
    }

    private OrderState.ShippingMethod shippingMethod(BigDecimal amount, Instant at) {
        String id = store.ids.next("ordsm", at);
        String detailId = store.ids.next("ordspmv", at);
        return new OrderState.ShippingMethod(id, detailId, "Standard Shipping", amount, store.shippingOptionId(), at);
    }

    private LineItemState line(NewOrder.Line line, String currency, Instant at) {
        VariantState variant = line.variant();
        LineItemState.Snapshot snapshot = variant == null ? custom(line) : snapshot(variant);
        BigDecimal price = line.unitPrice() != null ? line.unitPrice() : price(variant, currency);
        return new LineItemState(
                store.ids.next("ordli", at), store.ids.next("orditem", at), snapshot, price, line.quantity(), at);
    }

    private static BigDecimal price(@Nullable VariantState variant, String currency) {
        if (variant == null) {
            throw MedusaFailure.invalidData("Invalid request: Field 'unit_price' is required for custom items");
        }
        return variant.prices().stream()
                .filter(price -> price.currencyCode().equals(currency))
                .map(VariantState.Price::amount)
                .findFirst()
                .orElseThrow(
                        () -> MedusaFailure.invalidData("Variants with IDs " + variant.id() + " do not have a price"));
    }

    private LineItemState.Snapshot snapshot(VariantState variant) {
        ProductState product = store.products.get(variant.productId());
        CollectionState collection = product.collectionId == null ? null : store.collections.get(product.collectionId);
        return new LineItemState.Snapshot(
                product.title,
                variant.title(),
                product.thumbnail,
                variant.id(),
                product.id,
                product.title,
                product.description,
                product.subtitle,
                collection == null ? null : collection.title,
                product.handle,
                variant.sku(),
                variant.barcode(),
                variant.title());
    }

    private static LineItemState.Snapshot custom(NewOrder.Line line) {
        String title = line.title() == null ? "Custom item" : line.title();
        return new LineItemState.Snapshot(
                title, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private OrderState.@Nullable OrderAddress address(@Nullable AddressFields fields, Instant at) {
        return fields == null ? null : new OrderState.OrderAddress(store.ids.next("ordaddr", at), fields, at);
    }
}
