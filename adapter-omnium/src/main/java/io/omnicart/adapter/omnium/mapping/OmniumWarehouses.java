package io.omnicart.adapter.omnium.mapping;

import io.omnicart.adapter.omnium.model.OmniumMarket;
import io.omnicart.adapter.omnium.model.OmniumStore;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's warehouses and its default stock location (reference §10, "Learned while building the adapter"): the
 * active warehouse flagged {@code isPrimaryWarehouse}, else the one flagged {@code isWebWarehouse}, a tie broken by the
 * warehouse serving the default market; a tenant with a single warehouse has that one. Without such a mark there is no
 * default ({@code defaultCode} null). Pure.
 *
 * @param defaultCode the warehouse an inventory line without {@code locationId} means, or null when Omnium names none
 * @param codes every active warehouse, for messages
 */
public record OmniumWarehouses(@Nullable String defaultCode, List<String> codes) {

    public OmniumWarehouses {
        codes = List.copyOf(codes);
    }

    /** When no line needs a default: nothing was read. */
    public static OmniumWarehouses unread() {
        return new OmniumWarehouses(null, List.of());
    }

    /** Whether choosing among the flagged warehouses needs the default market. */
    public static boolean needsMarkets(List<OmniumStore> stores) {
        List<OmniumStore> warehouses = warehouses(stores);
        return flagged(warehouses, OmniumStore::isPrimaryWarehouse).size() > 1
                || flagged(warehouses, OmniumStore::isPrimaryWarehouse).isEmpty()
                        && flagged(warehouses, OmniumStore::isWebWarehouse).size() > 1;
    }

    public static OmniumWarehouses of(List<OmniumStore> stores, List<OmniumMarket> markets) {
        List<OmniumStore> warehouses = warehouses(stores);
        List<String> codes = warehouses.stream().map(OmniumStore::id).toList();
        return new OmniumWarehouses(defaultCode(warehouses, markets), codes);
    }

    private static @Nullable String defaultCode(List<OmniumStore> warehouses, List<OmniumMarket> markets) {
        String market = OmniumStoreMapper.active(markets).stream()
                .findFirst()
                .map(OmniumMarket::marketId)
                .orElse(null);
        String primary = single(flagged(warehouses, OmniumStore::isPrimaryWarehouse), market);
        if (primary != null) {
            return primary;
        }
        String web = single(flagged(warehouses, OmniumStore::isWebWarehouse), market);
        if (web != null) {
            return web;
        }
        return warehouses.size() == 1 ? warehouses.getFirst().id() : null;
    }

    /** The only candidate, else the only one that is a web warehouse serving {@code market}. */
    private static @Nullable String single(List<OmniumStore> candidates, @Nullable String market) {
        if (candidates.size() == 1) {
            return candidates.getFirst().id();
        }
        List<OmniumStore> serving = candidates.stream()
                .filter(store -> Boolean.TRUE.equals(store.isWebWarehouse()))
                .filter(store -> serves(store, market))
                .toList();
        return serving.size() == 1 ? serving.getFirst().id() : null;
    }

    private static boolean serves(OmniumStore store, @Nullable String market) {
        List<String> on = store.availableOnMarkets();
        return on == null || on.isEmpty() || market != null && on.contains(market);
    }

    private static List<OmniumStore> warehouses(List<OmniumStore> stores) {
        return stores.stream()
                .filter(store -> store.id() != null && !Boolean.TRUE.equals(store.isInactive()))
                .filter(store -> Boolean.TRUE.equals(store.isWarehouse())
                        || Boolean.TRUE.equals(store.isPrimaryWarehouse())
                        || Boolean.TRUE.equals(store.isWebWarehouse()))
                .toList();
    }

    private static List<OmniumStore> flagged(
            List<OmniumStore> warehouses, Function<OmniumStore, @Nullable Boolean> flag) {
        return warehouses.stream()
                .filter(store -> Boolean.TRUE.equals(flag.apply(store)))
                .toList();
    }
}
