package io.omnicart.adapter.medusa.mapping;

import static io.omnicart.adapter.medusa.mapping.MedusaOrderMapper.list;

import io.omnicart.adapter.medusa.model.MedusaCountry;
import io.omnicart.adapter.medusa.model.MedusaRegion;
import io.omnicart.adapter.medusa.model.MedusaStore;
import io.omnicart.adapter.medusa.model.MedusaStoreCurrency;
import io.omnicart.core.model.CurrencySetting;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.Region;
import io.omnicart.core.model.StoreInfo;
import io.omnicart.core.model.StoreSettings;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The store record and its regions (reference §10) to {@link StoreSettings}: supported currencies (default first,
 * upper-case), regions with upper-case countries. Medusa exposes neither its version nor a store timezone.
 */
public final class MedusaStoreMapper {

    private MedusaStoreMapper() {}

    public static StoreInfo toStoreInfo(MedusaStore store) {
        return new StoreInfo(Objects.requireNonNullElse(store.name(), "Medusa Store"));
    }

    public static StoreSettings toSettings(MedusaStore store, List<MedusaRegion> regions) {
        List<CurrencySetting> currencies = currencies(store);
        String defaultCurrency = currencies.stream()
                .filter(CurrencySetting::isDefault)
                .map(CurrencySetting::code)
                .findFirst()
                .orElseGet(
                        () -> currencies.isEmpty() ? "" : currencies.getFirst().code());
        return new StoreSettings(
                toStoreInfo(store).name(),
                Platform.MEDUSA,
                null,
                defaultCurrency,
                currencies,
                regions.stream().map(MedusaStoreMapper::region).toList(),
                null);
    }

    /** The store's currencies, default first, then in the store's order. */
    public static List<CurrencySetting> currencies(MedusaStore store) {
        return list(store.supportedCurrencies()).stream()
                .filter(currency -> currency.currencyCode() != null)
                .sorted(Comparator.comparing((MedusaStoreCurrency c) -> !Boolean.TRUE.equals(c.isDefault())))
                .map(c -> new CurrencySetting(MedusaMoney.code(c.currencyCode()), Boolean.TRUE.equals(c.isDefault())))
                .toList();
    }

    private static Region region(MedusaRegion region) {
        List<String> countries = list(region.countries()).stream()
                .map(MedusaCountry::iso2)
                .map(MedusaAddressMapper::country)
                .filter(Objects::nonNull)
                .toList();
        return new Region(
                region.id(),
                Objects.requireNonNullElse(region.name(), ""),
                MedusaMoney.code(region.currencyCode()),
                countries);
    }
}
