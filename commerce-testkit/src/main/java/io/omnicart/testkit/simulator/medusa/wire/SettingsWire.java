package io.omnicart.testkit.simulator.medusa.wire;

import io.omnicart.testkit.simulator.medusa.state.CountryCatalog;
import io.omnicart.testkit.simulator.medusa.state.CurrencyCatalog;
import io.omnicart.testkit.simulator.medusa.state.RegionState;
import io.omnicart.testkit.simulator.medusa.state.StoreState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The store, its supported currencies, regions with countries, and currencies (reference §10). */
public final class SettingsWire {

    public static final String STORE_DEFAULTS = "id,name,default_sales_channel_id,default_region_id,"
            + "default_location_id,metadata,created_at,updated_at,*supported_currencies,*supported_currencies.currency";
    public static final String REGION_DEFAULTS =
            "id,name,currency_code,created_at,updated_at,deleted_at,automatic_taxes,metadata,*countries";
    public static final String CURRENCY_DEFAULTS = "code,name,symbol,symbol_native,decimal_digits,rounding";

    private SettingsWire() {}

    public static WireRow store(StoreState store) {
        return new WireRow()
                .col("id", store.id())
                .col("name", store.name())
                .col("default_sales_channel_id", store.defaultSalesChannelId())
                .col("default_region_id", store.defaultRegionId())
                .col("default_location_id", store.defaultLocationId())
                .col("metadata", null)
                .col("created_at", store.createdAt())
                .col("updated_at", store.createdAt())
                .rows("supported_currencies", store.currencies(), currency -> supported(store, currency));
    }

    /** A region with its countries; payment providers only when asked for ({@code +payment_providers.*}). */
    public static WireRow region(RegionState region) {
        return new WireRow()
                .col("id", region.id())
                .col("name", region.name())
                .col("currency_code", region.currencyCode())
                .timestamps(region.createdAt(), region.createdAt())
                .col("automatic_taxes", true)
                .col("metadata", null)
                .rows("countries", region.countries(), code -> country(region, CountryCatalog.of(code)))
                .rows("payment_providers", List.of("pp_system_default"), id -> provider(region, id));
    }

    /** A currency; nested in a store it also carries timestamps and {@code raw_rounding}. */
    public static WireRow currency(CurrencyCatalog.Currency currency, Instant at) {
        return new WireRow()
                .col("code", currency.code())
                .col("symbol", currency.symbol())
                .col("symbol_native", currency.symbolNative())
                .col("name", currency.name())
                .col("decimal_digits", currency.decimalDigits())
                .col("raw_rounding", MedusaJson.raw(BigDecimal.ZERO))
                .timestamps(at, at)
                .col("rounding", 0);
    }

    private static WireRow supported(StoreState store, StoreState.StoreCurrency currency) {
        return new WireRow()
                .col("id", currency.id())
                .col("currency_code", currency.currencyCode())
                .col("is_default", currency.isDefault())
                .col("store_id", store.id())
                .timestamps(store.createdAt(), store.createdAt())
                .rel(
                        "currency",
                        tree -> CurrencyCatalog.find(currency.currencyCode())
                                .map(found -> (JsonNode)
                                        currency(found, store.createdAt()).project(tree))
                                .orElse(MedusaJson.node(null)));
    }

    private static WireRow country(RegionState region, CountryCatalog.Country country) {
        return new WireRow()
                .col("iso_2", country.iso2())
                .col("iso_3", country.iso3())
                .col("num_code", country.numCode())
                .col("name", country.name())
                .col("display_name", country.displayName())
                .col("region_id", region.id())
                .col("metadata", null)
                .timestamps(region.createdAt(), region.createdAt());
    }

    private static WireRow provider(RegionState region, String id) {
        return new WireRow().col("id", id).col("is_enabled", true).timestamps(region.createdAt(), region.createdAt());
    }
}
