package io.omnicart.adapter.omnium;

import io.omnicart.adapter.omnium.client.OmniumCatalogClient;
import io.omnicart.adapter.omnium.error.OmniumErrorTranslator;
import io.omnicart.adapter.omnium.mapping.OmniumInventoryPlanner;
import io.omnicart.adapter.omnium.mapping.OmniumWarehouses;
import io.omnicart.adapter.omnium.model.OmniumInventoryItem;
import io.omnicart.core.error.CommerceException;
import io.omnicart.core.error.ConnectionFailed;
import io.omnicart.core.error.CredentialsRejected;
import io.omnicart.core.model.InventoryItem;
import io.omnicart.core.model.InventoryLevel;
import io.omnicart.core.model.InventoryResult;
import io.omnicart.core.model.InventorySyncCommand;
import io.omnicart.core.spi.StoreConnection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Stock by SKU through Omnium's inventory records (reference §6). Reads search the SKUs in chunks; a sync looks them up
 * first (and the tenant's stores, when a line leaves the warehouse to the default), then writes the levels that differ
 * with {@code Inventory/UpdateMany} in batches of at most {@code inventoryBatch} items, one batch after the other
 * (Omnium allows 4 concurrent batch calls per tenant, §3). A batch Omnium refuses fails its lines; transient failures
 * and rejected credentials fail the whole (idempotent) call.
 */
final class OmniumInventory {

    private static final int SKUS_PER_CALL = 100;

    private final OmniumCatalogClient client;
    private final int concurrency;
    private final int batch;

    OmniumInventory(OmniumCatalogClient client, OmniumSettings settings) {
        this.client = client;
        this.concurrency = settings.concurrency();
        this.batch = settings.inventoryBatch();
    }

    Flux<InventoryLevel> levels(StoreConnection store, List<String> skus) {
        List<String> wanted = skus.stream().distinct().toList();
        return lookup(store, wanted)
                .flatMapIterable(records -> records.stream()
                        .sorted(Comparator.comparingInt((OmniumInventoryItem r) -> wanted.indexOf(r.sku())))
                        .map(OmniumInventoryPlanner::level)
                        .toList());
    }

    Mono<List<InventoryResult>> sync(StoreConnection store, InventorySyncCommand command) {
        if (command.items().size() > InventorySyncCommand.MAX_ITEMS) {
            return Mono.error(() -> OmniumErrorTranslator.invalidField(
                    "items", "at most " + InventorySyncCommand.MAX_ITEMS + " items per sync"));
        }
        List<String> skus =
                command.items().stream().map(InventoryItem::sku).distinct().toList();
        return lookup(store, skus)
                .map(records -> records.stream().collect(Collectors.groupingBy(OmniumInventoryItem::sku)))
                .zipWhen(bySku -> warehouses(store, command))
                .flatMap(found -> apply(store, command.items(), found.getT1(), found.getT2()));
    }

    /** The tenant's warehouses and default, read only when a line leaves out {@code locationId} (reference §10). */
    private Mono<OmniumWarehouses> warehouses(StoreConnection store, InventorySyncCommand command) {
        if (command.items().stream().allMatch(item -> item.locationId() != null)) {
            return Mono.just(OmniumWarehouses.unread());
        }
        return client.stores(store)
                .flatMap(stores -> OmniumWarehouses.needsMarkets(stores)
                        ? client.markets(store).map(markets -> OmniumWarehouses.of(stores, markets))
                        : Mono.just(OmniumWarehouses.of(stores, List.of())));
    }

    private Mono<List<InventoryResult>> apply(
            StoreConnection store,
            List<InventoryItem> lines,
            Map<String, List<OmniumInventoryItem>> bySku,
            OmniumWarehouses warehouses) {
        List<OmniumInventoryPlanner.Step> steps = lines.stream()
                .map(line -> OmniumInventoryPlanner.plan(line, bySku.getOrDefault(line.sku(), List.of()), warehouses))
                .toList();
        Map<String, OmniumInventoryItem> writes = new LinkedHashMap<>();
        steps.stream()
                .filter(step -> step.write() != null)
                .forEach(step ->
                        writes.put(step.write().sku() + "\u0000" + step.write().warehouseCode(), step.write()));
        return write(store, List.copyOf(writes.values())).map(failures -> results(lines, steps, failures));
    }

    /** Writes the records batch after batch; the failure message per SKU of a batch that failed. */
    private Mono<Map<String, String>> write(StoreConnection store, List<OmniumInventoryItem> writes) {
        List<List<OmniumInventoryItem>> batches = IntStream.range(0, (writes.size() + batch - 1) / batch)
                .mapToObj(i -> writes.subList(i * batch, Math.min(writes.size(), (i + 1) * batch)))
                .toList();
        return Flux.fromIterable(batches)
                .concatMap(items -> client.updateInventory(store, items)
                        .then(Mono.just(Map.<String, String>of()))
                        .onErrorResume(OmniumInventory::lineFailure, error -> Mono.just(failed(items, error))))
                .reduce(new HashMap<String, String>(), (all, failed) -> {
                    all.putAll(failed);
                    return all;
                })
                .map(Map::copyOf);
    }

    private static Map<String, String> failed(List<OmniumInventoryItem> items, Throwable error) {
        String message = error.getMessage() == null ? "Omnium refused the update" : error.getMessage();
        return items.stream().collect(Collectors.toMap(OmniumInventoryItem::sku, item -> message, (a, b) -> a));
    }

    private static List<InventoryResult> results(
            List<InventoryItem> lines, List<OmniumInventoryPlanner.Step> steps, Map<String, String> failures) {
        List<InventoryResult> results = new ArrayList<>(lines.size());
        for (int index = 0; index < lines.size(); index++) {
            OmniumInventoryPlanner.Step step = steps.get(index);
            InventoryItem line = lines.get(index);
            if (step.outcome() != null) {
                results.add(step.outcome());
            } else if (failures.containsKey(line.sku())) {
                results.add(OmniumInventoryPlanner.failed(line, failures.get(line.sku())));
            } else {
                results.add(OmniumInventoryPlanner.updated(line));
            }
        }
        return results;
    }

    private static boolean lineFailure(Throwable error) {
        return error instanceof CommerceException known
                && !known.isTransient()
                && !(error instanceof CredentialsRejected)
                && !(error instanceof ConnectionFailed);
    }

    /** Every inventory record of the SKUs, in chunks of {@value #SKUS_PER_CALL}. */
    private Mono<List<OmniumInventoryItem>> lookup(StoreConnection store, List<String> skus) {
        List<List<String>> chunks = IntStream.range(0, (skus.size() + SKUS_PER_CALL - 1) / SKUS_PER_CALL)
                .mapToObj(i -> skus.subList(i * SKUS_PER_CALL, Math.min(skus.size(), (i + 1) * SKUS_PER_CALL)))
                .toList();
        return Flux.fromIterable(chunks)
                .flatMapSequential(chunk -> client.searchInventory(store, chunk), concurrency)
                .flatMapIterable(result -> result.result())
                .filter(record -> record.sku() != null && skus.contains(record.sku()))
                .collectList();
    }
}
