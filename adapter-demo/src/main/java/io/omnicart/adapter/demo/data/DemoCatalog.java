package io.omnicart.adapter.demo.data;

import io.omnicart.core.model.Collection;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.ProductStatus;
import java.util.List;

/** The generated collections and products. */
record DemoCatalog(List<Collection> collections, List<Product> products) {

    DemoCatalog {
        collections = List.copyOf(collections);
        products = List.copyOf(products);
    }

    /** The products customers can buy, in catalog order. */
    List<Product> published() {
        return products.stream()
                .filter(product -> product.status() == ProductStatus.PUBLISHED)
                .toList();
    }
}
