package io.omnicart.adapter.medusa;

import io.omnicart.adapter.medusa.client.MedusaCatalogClient;
import io.omnicart.adapter.medusa.client.MedusaQuery;
import io.omnicart.adapter.medusa.error.MedusaErrorTranslator;
import io.omnicart.adapter.medusa.mapping.MedusaFields;
import io.omnicart.adapter.medusa.mapping.MedusaInventoryPlanner;
import io.omnicart.adapter.medusa.mapping.MedusaStockMapper;
import io.omnicart.adapter.medusa.model.MedusaInventoryItem;
import io.omnicart.core.error.CommerceException;
import io.omnicart.core.error.ConnectionFailed;
import io.omnicart.core.error.CredentialsRejected;
import io.omnicart.core.model.InventoryItem;
import io.omnicart.core.model.InventoryLevel;
import io.omnicart.core.model.InventoryResult;
import io.omnicart.core.model.InventorySyncCommand;
import io.omnicart.core.spi.StoreConnection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Stock by SKU through Medusa's inventory items and their location levels (reference §7). Reads look SKUs up in chunks;
 * a sync looks every SKU up first, then writes only the levels that differ, with bounded concurrency. A failed write is
 * that line's {@code failed} result; rejected credentials fail the whole call.
 */
final class MedusaInventory {

    private static final int SKUS_PER_CALL = 100;

    private final MedusaCatalogClient client;
    private final MedusaPager pager;
    private final int concurrency;

    MedusaInventory(MedusaCatalogClient client, MedusaPager pager, MedusaSettings settings) {
        this.client = client;
        this.pager = pager;
        this.concurrency = settings.concurrency();
    }

    Flux<InventoryLevel> levels(StoreConnection store, List<String> skus) {
        List<String> wanted = skus.stream().distinct().toList();
        return lookup(store, wanted)
                .flatMapIterable(items -> items.stream()
                        .sorted(Comparator.comparingInt((MedusaInventoryItem item) -> wanted.indexOf(item.sku())))
                        .flatMap(item -> MedusaStockMapper.levels(item).stream())
                        .toList());
    }

    Mono<List<InventoryResult>> sync(StoreConnection store, InventorySyncCommand command) {
        if (command.items().size() > InventorySyncCommand.MAX_ITEMS) {
            return Mono.error(() -> MedusaErrorTranslator.invalidField(
                    "items", "at most " + InventorySyncCommand.MAX_ITEMS + " items per sync"));
        }
        List<String> skus =
                command.items().stream().map(InventoryItem::sku).distinct().toList();
        return lookup(store, skus)
                .map(items -> items.stream().collect(Collectors.groupingBy(MedusaInventoryItem::sku)))
                .flatMap(bySku -> apply(store, command.items(), bySku));
    }

    private Mono<List<InventoryResult>> apply(
            StoreConnection store, List<InventoryItem> lines, Map<String, List<MedusaInventoryItem>> bySku) {
        return Flux.fromIterable(lines)
                .flatMapSequential(line -> line(store, line, bySku.getOrDefault(line.sku(), List.of())), concurrency)
                .collectList();
    }

    private Mono<InventoryResult> line(StoreConnection store, InventoryItem line, List<MedusaInventoryItem> matches) {
        MedusaInventoryPlanner.Step step = MedusaInventoryPlanner.plan(line, matches);
        if (step.write() == null) {
            return Mono.justOrEmpty(step.outcome());
        }
        MedusaInventoryPlanner.Write write = step.write();
        Mono<Void> call = write.create()
                ? client.createInventoryLevel(store, write.itemId(), write.locationId(), write.stocked())
                : client.updateInventoryLevel(store, write.itemId(), write.locationId(), write.stocked());
        return call.thenReturn(MedusaInventoryPlanner.updated(line))
                .onErrorResume(
                        MedusaInventory::lineFailure,
                        e -> Mono.just(MedusaInventoryPlanner.failed(line, e.getMessage())));
    }

    private static boolean lineFailure(Throwable error) {
        return error instanceof CommerceException
                && !(error instanceof CredentialsRejected)
                && !(error instanceof ConnectionFailed);
    }

    /** Every inventory item carrying one of the SKUs (several items may share one). */
    private Mono<List<MedusaInventoryItem>> lookup(StoreConnection store, List<String> skus) {
        List<List<String>> chunks = chunks(skus);
        return Flux.fromIterable(chunks)
                .flatMapSequential(chunk -> items(store, chunk), concurrency)
                .flatMapIterable(items -> items)
                .filter(item -> item.sku() != null)
                .collectList();
    }

    private Mono<List<MedusaInventoryItem>> items(StoreConnection store, List<String> chunk) {
        MedusaQuery query = MedusaQuery.fields(MedusaFields.INVENTORY_ITEM).withEach("sku", chunk);
        return pager.all(
                (offset, limit) -> client.listInventoryItems(store, query.page(limit, offset)), SKUS_PER_CALL * 2);
    }

    private static List<List<String>> chunks(List<String> skus) {
        return java.util.stream.IntStream.range(0, (skus.size() + SKUS_PER_CALL - 1) / SKUS_PER_CALL)
                .mapToObj(i -> skus.subList(i * SKUS_PER_CALL, Math.min(skus.size(), (i + 1) * SKUS_PER_CALL)))
                .toList();
    }
}
