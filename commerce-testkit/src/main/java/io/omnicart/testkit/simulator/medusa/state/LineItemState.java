package io.omnicart.testkit.simulator.medusa.state;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An order line ({@code ordli_…}) with the product data Medusa denormalizes onto it and its per-line fulfillment
 * counters (the {@code orditem_…} "detail" row).
 */
public final class LineItemState {

    public final String id;
    public final String detailId;
    public final String title;
    public final @Nullable String subtitle;
    public final @Nullable String thumbnail;
    public final @Nullable String variantId;
    public final @Nullable String productId;
    public final @Nullable String productTitle;
    public final @Nullable String productDescription;
    public final @Nullable String productSubtitle;
    public final @Nullable String productCollection;
    public final @Nullable String productHandle;
    public final @Nullable String variantSku;
    public final @Nullable String variantBarcode;
    public final @Nullable String variantTitle;
    public final BigDecimal unitPrice;
    public final int quantity;
    public int fulfilled;
    public int shipped;
    public int delivered;
    public int detailVersion = 1;
    public final Instant createdAt;
    public Instant detailUpdatedAt;

    public LineItemState(
            String id, String detailId, Snapshot snapshot, BigDecimal unitPrice, int quantity, Instant createdAt) {
        this.id = id;
        this.detailId = detailId;
        this.title = snapshot.title();
        this.subtitle = snapshot.subtitle();
        this.thumbnail = snapshot.thumbnail();
        this.variantId = snapshot.variantId();
        this.productId = snapshot.productId();
        this.productTitle = snapshot.productTitle();
        this.productDescription = snapshot.productDescription();
        this.productSubtitle = snapshot.productSubtitle();
        this.productCollection = snapshot.productCollection();
        this.productHandle = snapshot.productHandle();
        this.variantSku = snapshot.variantSku();
        this.variantBarcode = snapshot.variantBarcode();
        this.variantTitle = snapshot.variantTitle();
        this.unitPrice = unitPrice;
        this.quantity = quantity;
        this.createdAt = createdAt;
        this.detailUpdatedAt = createdAt;
    }

    public BigDecimal subtotal() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    public int unfulfilled() {
        return quantity - fulfilled;
    }

    /** The product and variant data copied onto the line when it is created. */
    public record Snapshot(
            String title,
            @Nullable String subtitle,
            @Nullable String thumbnail,
            @Nullable String variantId,
            @Nullable String productId,
            @Nullable String productTitle,
            @Nullable String productDescription,
            @Nullable String productSubtitle,
            @Nullable String productCollection,
            @Nullable String productHandle,
            @Nullable String variantSku,
            @Nullable String variantBarcode,
            @Nullable String variantTitle) {}
}
