package io.omnicart.adapter.omnium.mapping;

import io.omnicart.adapter.omnium.model.OmniumMarket;
import io.omnicart.adapter.omnium.model.OmniumStore;
import io.omnicart.core.model.CurrencySetting;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.Region;
import io.omnicart.core.model.StoreSettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The tenant as OmniCart settings (reference §10). Its name is the primary store's (else the first active store's).
 * Markets are settings with one currency and one country each; each active market is a region (a market group is not:
 * its markets may sell in different currencies, e.g. Norway in NOK and Sweden in SEK). Currencies are the distinct
 * market currencies, the default market's first (there is no currency endpoint). Pure.
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

    /** One region per market: a market has its own currency and country, and a market group may mix currencies. */
    private static List<Region> regions(List<OmniumMarket> markets) {
        return markets.stream().map(OmniumStoreMapper::region).toList();
    }

    private static Region region(OmniumMarket market) {
        String id = Objects.requireNonNull(market.marketId());
        String name = market.marketName() != null ? market.marketName() : id;
        List<String> countries =
                market.countryCode() == null || market.countryCode().isBlank()
                        ? List.of()
                        : List.of(market.countryCode().strip().toUpperCase(Locale.ROOT));
        String currency =
                market.currency() == null ? "" : market.currency().strip().toUpperCase(Locale.ROOT);
        return new Region(id, name, currency, countries);
    }
}
