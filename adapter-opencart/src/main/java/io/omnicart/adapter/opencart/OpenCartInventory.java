package io.omnicart.adapter.opencart;

import io.omnicart.adapter.opencart.client.OpenCartBridgeClient;
import io.omnicart.adapter.opencart.client.OpenCartStockOutcome;
import io.omnicart.adapter.opencart.mapping.OpenCartInventoryMapper;
import io.omnicart.adapter.opencart.model.OpenCartItemError;
import io.omnicart.adapter.opencart.model.OpenCartStockChange;
import io.omnicart.adapter.opencart.model.OpenCartStockItem;
import io.omnicart.adapter.opencart.model.OpenCartStockRequest;
import io.omnicart.core.model.InventoryItem;
import io.omnicart.core.model.InventoryLevel;
import io.omnicart.core.model.InventoryResult;
import io.omnicart.core.model.InventorySyncCommand;
import io.omnicart.core.spi.StoreConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Stock by SKU through the bridge's {@code inventory.set} (bridge PROTOCOL.md §4.9), up to 500 items per call and all
 * or nothing per call: items the bridge cannot resolve come back as per-item errors with nothing changed, and the
 * resolvable rest is sent once more. A plain SKU matches the product column {@code sku} (or {@code model}, per
 * setting); {@code <product_id>:<product_option_value_id>} addresses an option value's own counter. Reading levels is
 * the same call as a dry run, which resolves every SKU and reports its current quantity in one round trip.
 */
final class OpenCartInventory {

    static final int BATCH = 500;
    private static final int CONCURRENCY = 2;

    private final OpenCartBridgeClient bridge;
    private final String match;

    OpenCartInventory(OpenCartBridgeClient bridge, OpenCartSettingsValues settings) {
        this.bridge = bridge;
        this.match = settings.skuMatch();
    }

    Flux<InventoryLevel> levels(StoreConnection store, List<String> skus) {
        List<OpenCartStockItem> probes = new LinkedHashSet<>(skus)
                .stream()
                        .filter(sku -> !sku.isBlank())
                        .map(sku -> new OpenCartStockItem(sku, 0))
                        .toList();
        return Flux.fromIterable(batches(probes))
                .concatMap(batch -> apply(store, batch, true))
                .flatMapIterable(changes -> changes)
                .map(OpenCartInventoryMapper::level);
    }

    Mono<List<InventoryResult>> sync(StoreConnection store, InventorySyncCommand command) {
        List<InventoryItem> items = command.items();
        Map<Integer, InventoryResult> results = new HashMap<>();
        List<Integer> sendable = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            InventoryResult refused = OpenCartInventoryMapper.precheck(items.get(i));
            if (refused != null) {
                results.put(i, refused);
            } else {
                sendable.add(i);
            }
        }
        return Flux.fromIterable(batches(sendable))
                .flatMapSequential(batch -> syncBatch(store, items, batch), CONCURRENCY)
                .collectList()
                .map(batchResults -> {
                    batchResults.forEach(results::putAll);
                    return OpenCartInventoryMapper.inOrder(items, results);
                });
    }

    /** One batch: sent once, and once more without the items the bridge refused. */
    private Mono<Map<Integer, InventoryResult>> syncBatch(
            StoreConnection store, List<InventoryItem> items, List<Integer> batch) {
        List<OpenCartStockItem> wire = batch.stream()
                .map(i -> OpenCartInventoryMapper.wire(items.get(i)))
                .toList();
        return bridge.setInventory(store, new OpenCartStockRequest(wire, match, false))
                .flatMap(outcome -> switch (outcome) {
                    case OpenCartStockOutcome.Applied applied ->
                        Mono.just(OpenCartInventoryMapper.applied(items, batch, applied.result()));
                    case OpenCartStockOutcome.Refused refused -> retryWithout(store, items, batch, refused.errors());
                });
    }

    private Mono<Map<Integer, InventoryResult>> retryWithout(
            StoreConnection store, List<InventoryItem> items, List<Integer> batch, List<OpenCartItemError> errors) {
        Map<Integer, InventoryResult> results = OpenCartInventoryMapper.refused(items, batch, errors);
        List<Integer> rest = batch.stream().filter(i -> !results.containsKey(i)).toList();
        if (rest.isEmpty()) {
            return Mono.just(results);
        }
        List<OpenCartStockItem> wire = rest.stream()
                .map(i -> OpenCartInventoryMapper.wire(items.get(i)))
                .toList();
        return bridge.setInventory(store, new OpenCartStockRequest(wire, match, false))
                .map(outcome -> {
                    Map<Integer, InventoryResult> merged = new HashMap<>(results);
                    merged.putAll(OpenCartInventoryMapper.secondTry(items, rest, outcome));
                    return merged;
                });
    }

    /** A dry run: the resolved items with their quantities; unresolvable SKUs are dropped and the rest asked again. */
    private Mono<List<OpenCartStockChange>> apply(StoreConnection store, List<OpenCartStockItem> batch, boolean dry) {
        return bridge.setInventory(store, new OpenCartStockRequest(batch, match, dry))
                .flatMap(outcome -> switch (outcome) {
                    case OpenCartStockOutcome.Applied applied -> Mono.just(OpenCartInventoryMapper.items(applied));
                    case OpenCartStockOutcome.Refused refused -> {
                        Set<Integer> bad = OpenCartInventoryMapper.indexes(refused.errors());
                        List<OpenCartStockItem> rest = new ArrayList<>();
                        for (int i = 0; i < batch.size(); i++) {
                            if (!bad.contains(i)) {
                                rest.add(batch.get(i));
                            }
                        }
                        yield rest.isEmpty() || rest.size() == batch.size()
                                ? Mono.just(List.<OpenCartStockChange>of())
                                : apply(store, rest, dry);
                    }
                });
    }

    private static <T> List<List<T>> batches(List<T> items) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += BATCH) {
            batches.add(items.subList(from, Math.min(items.size(), from + BATCH)));
        }
        return batches;
    }
}
