package io.omnicart.adapter.omnium.mapping;

import io.omnicart.adapter.omnium.model.OmniumMarket;
import io.omnicart.adapter.omnium.model.OmniumStore;
import io.omnicart.core.model.CurrencySetting;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.Region;
import io.omnicart.core.model.StoreSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The tenant as OmniCart settings (reference §10). Its name is the primary store's (else the first active store's).
 * Markets are settings with one currency and one country each; markets of one market group form one region (a market
 * without a group is a region of its own). Currencies are the distinct market currencies, the default market's first
 * (there is no currency endpoint). Pure.
 */
public final class OmniumStoreMapper {

    public static final String FALLBACK_NAME = "Omnium tenant";

    private OmniumStoreMapper() {}

    public static String name(List<OmniumStore> stores) {
        return primary(stores)
                .map(OmniumStore::name)
                .map(OmniumAddressMapper::blankToNull)
                .orElse(FALLBACK_NAME);
    }

    /** The primary store, else the first active one, else the first. */
    public static Optional<OmniumStore> primary(List<OmniumStore> stores) {
        return stores.stream()
                .filter(store -> Boolean.TRUE.equals(store.isPrimaryStore()))
                .findFirst()
                .or(() -> stores.stream()
                        .filter(store -> !Boolean.TRUE.equals(store.isInactive()))
                        .findFirst())
                .or(() -> stores.stream().findFirst());
    }

    public static StoreSettings toSettings(List<OmniumStore> stores, List<OmniumMarket> markets) {
        List<OmniumMarket> active = active(markets);
        List<String> currencies = currencies(active);
        String defaultCurrency = currencies.isEmpty() ? "EUR" : currencies.getFirst();
        return new StoreSettings(
                name(stores),
                Platform.OMNIUM,
                null,
                defaultCurrency,
                currencies.stream()
                        .map(code -> new CurrencySetting(code, code.equals(defaultCurrency)))
                        .toList(),
                regions(active),
                null);
    }

    /** The market for a currency: the default market when it uses it, else the first that does. */
    public static Optional<OmniumMarket> marketFor(List<OmniumMarket> markets, @Nullable String currency) {
        List<OmniumMarket> active = active(markets);
        if (currency == null) {
            return active.stream().findFirst();
        }
        return active.stream()
                .filter(market -> currency.equalsIgnoreCase(market.currency()))
                .findFirst();
    }

    /** Active markets, the default one first. */
    static List<OmniumMarket> active(List<OmniumMarket> markets) {
        List<OmniumMarket> active = new ArrayList<>();
        markets.stream()
                .filter(market -> market.marketId() != null && !Boolean.FALSE.equals(market.isActive()))
                .filter(market -> Boolean.TRUE.equals(market.isDefaultMarket()))
                .forEach(active::add);
        markets.stream()
                .filter(market -> market.marketId() != null && !Boolean.FALSE.equals(market.isActive()))
                .filter(market -> !Boolean.TRUE.equals(market.isDefaultMarket()))
                .forEach(active::add);
        return active;
    }

    private static List<String> currencies(List<OmniumMarket> markets) {
        Set<String> codes = new LinkedHashSet<>();
        markets.stream()
                .map(OmniumMarket::currency)
                .filter(Objects::nonNull)
                .map(code -> code.strip().toUpperCase(Locale.ROOT))
                .forEach(codes::add);
        return List.copyOf(codes);
    }

    private static List<Region> regions(List<OmniumMarket> markets) {
        Map<String, List<OmniumMarket>> groups = new LinkedHashMap<>();
        for (OmniumMarket market : markets) {
            String key = market.marketGroupId() != null ? market.marketGroupId() : market.marketId();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(market);
        }
        List<Region> regions = new ArrayList<>();
        groups.forEach((id, members) -> regions.add(region(id, members)));
        return regions;
    }

    private static Region region(String id, List<OmniumMarket> members) {
        OmniumMarket first = members.getFirst();
        String name = first.marketGroupId() != null && first.marketGroupLabel() != null
                ? first.marketGroupLabel()
                : first.marketName() != null ? first.marketName() : id;
        List<String> countries = members.stream()
                .map(OmniumMarket::countryCode)
                .filter(Objects::nonNull)
                .map(code -> code.strip().toUpperCase(Locale.ROOT))
                .distinct()
                .toList();
        String currency =
                first.currency() == null ? "" : first.currency().strip().toUpperCase(Locale.ROOT);
        return new Region(id, name, currency, countries);
    }
}
