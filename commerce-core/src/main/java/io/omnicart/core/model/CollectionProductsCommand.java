package io.omnicart.core.model;

import java.util.List;

/** Add products to and remove products from a collection, by product id. */
public record CollectionProductsCommand(List<String> add, List<String> remove) {

    public CollectionProductsCommand {
        add = List.copyOf(add);
        remove = List.copyOf(remove);
    }
}
