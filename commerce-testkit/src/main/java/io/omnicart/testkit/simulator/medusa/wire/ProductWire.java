package io.omnicart.testkit.simulator.medusa.wire;

import io.omnicart.testkit.simulator.medusa.state.CollectionState;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.medusa.state.ProductState;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Products with options, images, variants, collection and sales channels (reference §7). */
public final class ProductWire {

    /** Default fields of the product routes (products/query-config.ts, reference §7). */
    public static final String DEFAULTS = "id,title,subtitle,status,external_id,description,handle,is_giftcard,"
            + "discountable,thumbnail,collection_id,type_id,weight,length,height,width,hs_code,origin_country,"
            + "mid_code,material,created_at,updated_at,deleted_at,metadata,*type,*collection,*options,"
            + "*options.values,*tags,*images,*variants,*variants.prices,*variants.options,*variants.images,"
            + "*sales_channels";

    private ProductWire() {}

    /** A product; {@code inventoryQuantity} lets variants compute {@code inventory_quantity} when it is asked for. */
    public static WireRow row(MedusaStore store, ProductState product, boolean inventoryQuantity) {
        return columns(product)
                .rel("collection", tree -> collection(store, product, tree))
                .rows("options", product.options, option -> VariantWire.option(product, option))
                .rel("tags", tree -> MedusaJson.array())
                .rel("images", tree -> images(product, tree))
                .rows("variants", product.variants, variant -> VariantWire.row(store, variant, inventoryQuantity))
                .rows("sales_channels", List.of(store.salesChannel()), AdminWire::salesChannel);
    }

    /** The scalar columns only, as a variant's or line's nested {@code product} shows them. */
    static WireRow columns(ProductState product) {
        return new WireRow()
                .col("id", product.id)
                .col("title", product.title)
                .col("subtitle", product.subtitle)
                .col("status", product.status)
                .col("external_id", null)
                .col("description", product.description)
                .col("handle", product.handle)
                .col("is_giftcard", false)
                .col("discountable", true)
                .col("thumbnail", product.thumbnail)
                .col("collection_id", product.collectionId)
                .nulls("type_id", "weight", "length", "height", "width", "hs_code", "origin_country", "mid_code")
                .nulls("material")
                .timestamps(product.createdAt, product.updatedAt)
                .nulls("metadata", "type");
    }

    /** The product's images; a variant without images of its own shows these too. */
    static JsonNode images(ProductState product, FieldTree tree) {
        return MedusaJson.array(product.images.stream()
                .map(image -> image(product, image).project(tree))
                .toList());
    }

    private static JsonNode collection(MedusaStore store, ProductState product, FieldTree tree) {
        CollectionState collection = product.collectionId == null ? null : store.collections.get(product.collectionId);
        return collection == null
                ? MedusaJson.node(null)
                : CollectionWire.nested(collection).project(tree);
    }

    private static WireRow image(ProductState product, ProductState.Image image) {
        return new WireRow()
                .col("id", image.id())
                .col("url", image.url())
                .col("metadata", null)
                .col("rank", image.rank())
                .col("product_id", product.id)
                .timestamps(product.createdAt, product.createdAt);
    }
}
