package io.omnicart.adapter.opencart.mapping;

import io.omnicart.adapter.opencart.model.OpenCartBridgeVersion;
import io.omnicart.adapter.opencart.model.OpenCartCurrency;
import io.omnicart.adapter.opencart.model.OpenCartCurrencyAmount;
import io.omnicart.adapter.opencart.model.OpenCartGeoZone;
import io.omnicart.adapter.opencart.model.OpenCartMetricCount;
import io.omnicart.adapter.opencart.model.OpenCartMetrics;
import io.omnicart.adapter.opencart.model.OpenCartSettings;
import io.omnicart.core.model.CurrencySetting;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.Region;
import io.omnicart.core.model.StoreOverview;
import io.omnicart.core.model.StoreSettings;
import io.omnicart.core.model.TimeWindow;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Store settings and the overview. OpenCart's regions are its geo zones (the areas its taxes and shipping rates
 * apply to), each with the countries it covers. OpenCart keeps no currency per area, so a region's currency is the one
 * most of its countries use among the store's enabled currencies (ties: the store's default), else the default. The overview's revenue is the bridge's: orders in the store's processing and
 * complete statuses (what OpenCart counts as sold), per order currency.
 */
public final class OpenCartStoreMapper {

    private OpenCartStoreMapper() {}

    public static StoreSettings toSettings(OpenCartSettings settings, @Nullable OpenCartBridgeVersion version) {
        String main = Objects.requireNonNull(settings.defaultCurrency(), "default_currency");
        List<CurrencySetting> currencies = new ArrayList<>();
        currencies.add(new CurrencySetting(main, true));
        OpenCartOrderMapper.list(settings.currencies()).stream()
                .filter(c -> Boolean.TRUE.equals(c.status()) && c.code() != null && !main.equals(c.code()))
                .map(OpenCartCurrency::code)
                .sorted()
                .forEach(code -> currencies.add(new CurrencySetting(code, false)));
        return new StoreSettings(
                settings.storeName() == null ? "" : settings.storeName(),
                Platform.OPENCART,
                platformVersion(version),
                main,
                currencies,
                regions(settings, main, currencies),
                OpenCartAddressMapper.blankToNull(settings.timezone()));
    }

    static List<Region> regions(OpenCartSettings settings, String main, List<CurrencySetting> enabled) {
        Set<String> codes = new HashSet<>();
        enabled.forEach(currency -> codes.add(currency.code()));
        List<Region> regions = new ArrayList<>();
        for (OpenCartGeoZone zone : OpenCartOrderMapper.list(settings.geoZones())) {
            List<String> countries = OpenCartOrderMapper.list(zone.countries()).stream()
                    .map(OpenCartGeoZone.Country::isoCode2)
                    .filter(code -> code != null && code.length() == 2)
                    .map(code -> code.toUpperCase(Locale.ROOT))
                    .distinct()
                    .toList();
            regions.add(new Region(
                    Long.toString(zone.geoZoneId()),
                    zone.name() == null ? "" : zone.name(),
                    currency(countries, codes, main),
                    countries));
        }
        return regions;
    }

    /** The enabled currency most of {@code countries} use; the default currency on a tie or when none does. */
    private static String currency(List<String> countries, Set<String> enabled, String main) {
        Map<String, Long> uses = countries.stream()
                .map(OpenCartStoreMapper::currencyOf)
                .filter(code -> code != null && enabled.contains(code))
                .collect(Collectors.groupingBy(code -> code, Collectors.counting()));
        long most = uses.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<String> leaders = uses.entrySet().stream()
                .filter(entry -> entry.getValue() == most)
                .map(Map.Entry::getKey)
                .toList();
        return leaders.size() == 1 ? leaders.getFirst() : main;
    }

    private static @Nullable String currencyOf(String country) {
        try {
            Currency currency = Currency.getInstance(Locale.of("", country));
            return currency == null ? null : currency.getCurrencyCode();
        } catch (IllegalArgumentException notACountry) {
            return null;
        }
    }

    /** {@code productCount} overrides the metrics' count of product rows where those include 4.0 variant rows. */
    public static StoreOverview toOverview(
            OpenCartMetrics metrics,
            @Nullable Long productCount,
            OffsetDateTime from,
            OffsetDateTime to,
            OffsetDateTime asOf) {
        List<Money> revenue = metrics.revenue() == null
                ? List.of()
                : OpenCartOrderMapper.list(metrics.revenue().byCurrency()).stream()
                        .filter(row -> row.currencyCode() != null && row.amount() != null)
                        .sorted(Comparator.comparing(OpenCartCurrencyAmount::currencyCode))
                        .map(OpenCartStoreMapper::money)
                        .toList();
        return new StoreOverview(
                count(metrics.orders(), true),
                count(metrics.customers(), false),
                productCount != null ? productCount : count(metrics.products(), false),
                revenue,
                new TimeWindow(from, to),
                asOf,
                false);
    }

    private static Money money(OpenCartCurrencyAmount row) {
        Currency currency = Currency.getInstance(row.currencyCode());
        BigDecimal amount = OpenCartMoney.scaled(row.amount(), currency.getDefaultFractionDigits());
        return new Money(amount, currency);
    }

    private static long count(@Nullable OpenCartMetricCount count, boolean orders) {
        if (count == null) {
            return 0;
        }
        Long value = orders ? count.count() : count.total();
        return value == null ? 0 : value;
    }

    private static @Nullable String platformVersion(@Nullable OpenCartBridgeVersion version) {
        if (version == null || version.opencartFamily() == null) {
            return null;
        }
        return version.opencartFamily() + ".x (bridge " + version.bridgeVersion() + ")";
    }
}
