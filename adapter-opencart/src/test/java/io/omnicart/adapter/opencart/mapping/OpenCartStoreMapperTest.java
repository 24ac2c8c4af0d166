package io.omnicart.adapter.opencart.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.adapter.opencart.model.OpenCartCurrency;
import io.omnicart.adapter.opencart.model.OpenCartGeoZone;
import io.omnicart.adapter.opencart.model.OpenCartSettings;
import io.omnicart.core.model.Region;
import io.omnicart.core.model.StoreSettings;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Geo zones as regions: the currency most of a zone's countries use among the store's enabled ones, else the default. */
class OpenCartStoreMapperTest {

    @Test
    void aRegionTakesTheEnabledCurrencyMostOfItsCountriesUse() {
        StoreSettings settings = OpenCartStoreMapper.toSettings(
                settings(
                        "EUR",
                        List.of(currency("EUR", true), currency("USD", true), currency("GBP", false)),
                        zone(1, "Europe", "DE", "FR", "NL", "IT", "ES", "DK", "SE", "GB"),
                        zone(2, "North America", "US", "CA"),
                        zone(3, "Britain", "GB"),
                        zone(4, "Two ways", "US", "DE"),
                        zone(5, "Empty")),
                null);

        assertThat(settings.regions())
                .containsExactly(
                        new Region("1", "Europe", "EUR", List.of("DE", "FR", "NL", "IT", "ES", "DK", "SE", "GB")),
                        new Region("2", "North America", "USD", List.of("US", "CA")),
                        new Region("3", "Britain", "EUR", List.of("GB")),
                        new Region("4", "Two ways", "EUR", List.of("US", "DE")),
                        new Region("5", "Empty", "EUR", List.of()));
    }

    @Test
    void aStoreWithoutGeoZonesHasNoRegions() {
        assertThat(OpenCartStoreMapper.toSettings(settings("USD", List.of(currency("USD", true))), null)
                        .regions())
                .isEmpty();
    }

    private static OpenCartSettings settings(String main, List<OpenCartCurrency> currencies, OpenCartGeoZone... zones) {
        return new OpenCartSettings(
                "Shop", null, main, currencies, "UTC", null, List.of(), List.of(), List.of(), Arrays.asList(zones));
    }

    private static OpenCartCurrency currency(String code, boolean enabled) {
        return new OpenCartCurrency(code, 2, BigDecimal.ONE, enabled);
    }

    private static OpenCartGeoZone zone(long id, String name, String... countries) {
        return new OpenCartGeoZone(
                id,
                name,
                Arrays.stream(countries)
                        .map(code -> new OpenCartGeoZone.Country(0, code, code))
                        .toList());
    }
}
