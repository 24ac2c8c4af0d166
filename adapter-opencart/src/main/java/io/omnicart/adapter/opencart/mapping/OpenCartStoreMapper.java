package io.omnicart.adapter.opencart.mapping;

import io.omnicart.adapter.opencart.model.OpenCartBridgeVersion;
import io.omnicart.adapter.opencart.model.OpenCartCurrency;
import io.omnicart.adapter.opencart.model.OpenCartCurrencyAmount;
import io.omnicart.adapter.opencart.model.OpenCartMetricCount;
import io.omnicart.adapter.opencart.model.OpenCartMetrics;
import io.omnicart.adapter.opencart.model.OpenCartSettings;
import io.omnicart.core.model.CurrencySetting;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.StoreOverview;
import io.omnicart.core.model.StoreSettings;
import io.omnicart.core.model.TimeWindow;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Store settings and the overview. OpenCart has no regions that carry a currency (geo zones only select taxes and
 * shipping), so the settings list none. The overview's revenue is the bridge's: orders in the store's processing and
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
                List.of(),
                OpenCartAddressMapper.blankToNull(settings.timezone()));
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
