package io.omnicart.core.spi;

import io.omnicart.core.model.InventoryLevel;
import io.omnicart.core.model.InventoryResult;
import io.omnicart.core.model.InventorySyncCommand;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.ProductQuery;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Products, variants and stock. Cold publishers; an unknown product is {@code NotFound}. */
public interface CatalogOperations {

    Mono<Page<Product>> listProducts(StoreConnection store, ProductQuery query);

    Mono<Product> getProduct(StoreConnection store, String productId);

    /** Current stock for each SKU that exists; unknown SKUs are simply absent. */
    Flux<InventoryLevel> getInventory(StoreConnection store, List<String> skus);

    /**
     * Set absolute stock levels by SKU. Idempotent: a repeat reports {@code unchanged}. One result per item, in order;
     * a per-item failure is a result, not an error of the whole call.
     */
    Mono<List<InventoryResult>> syncInventory(StoreConnection store, InventorySyncCommand command);
}
