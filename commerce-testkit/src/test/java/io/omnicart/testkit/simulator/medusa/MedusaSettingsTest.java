package io.omnicart.testkit.simulator.medusa;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.testkit.simulator.seed.SeededStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Store, supported currencies, regions with countries, currencies and sales channels. */
class MedusaSettingsTest {

    private static MedusaSimulator simulator;
    private static SeededStore seeded;
    private static MedusaHttp http;

    @BeforeAll
    static void start() {
        simulator = MedusaSimulator.standard();
        seeded = simulator.seeded();
        http = MedusaHttp.withKey(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void theStoreListsItsSupportedCurrenciesDefaultFirst() {
        JsonNode store = http.get("/admin/stores").json().at("/stores/0");

        assertThat(store.get("id").asString()).isEqualTo(seeded.storeId());
        assertThat(store.get("name").asString()).isEqualTo("OmniCart Test Store");
        assertThat(store.get("default_region_id").asString()).isEqualTo(seeded.regionId("EUR"));
        JsonNode currencies = store.get("supported_currencies");
        assertThat(currencies.get(0).get("currency_code").asString()).isEqualTo("eur");
        assertThat(currencies.get(0).get("is_default").asBoolean()).isTrue();
        assertThat(currencies.get(1).at("/currency/symbol").asString()).isEqualTo("$");
    }

    @Test
    void anUnknownStoreIsAnEmpty200() {
        MedusaHttp.Reply reply = http.get("/admin/stores/store_NOPE");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{}");
    }

    @Test
    void regionsCarryTheirCurrencyAndCountries() {
        JsonNode page = http.get("/admin/regions").json();
        assertThat(page.get("count").asInt()).isEqualTo(2);

        JsonNode usd =
                http.get("/admin/regions/" + seeded.regionId("USD")).json().get("region");
        assertThat(usd.get("currency_code").asString()).isEqualTo("usd");
        assertThat(usd.at("/countries/0/iso_2").asString()).isEqualTo("us");
        assertThat(usd.at("/countries/0/iso_3").asString()).isEqualTo("usa");
        assertThat(usd.at("/countries/0/display_name").asString()).isEqualTo("United States");
        assertThat(usd.has("payment_providers")).isFalse();
        assertThat(http.get("/admin/regions/reg_NOPE").json().get("message").asString())
                .isEqualTo("Region with id: reg_NOPE not found");
    }

    @Test
    void currenciesListTwoHundredByDefault() {
        JsonNode page = http.get("/admin/currencies").json();
        assertThat(page.get("limit").asInt()).isEqualTo(200);
        JsonNode eur = http.get("/admin/currencies/eur").json().get("currency");
        assertThat(eur.get("decimal_digits").asInt()).isEqualTo(2);
        assertThat(eur.get("symbol").asString()).isEqualTo("€");
    }

    @Test
    void oneDefaultSalesChannelAndStockLocation() {
        assertThat(http.get("/admin/sales-channels")
                        .json()
                        .at("/sales_channels/0/name")
                        .asString())
                .isEqualTo("Default Sales Channel");
        assertThat(http.get("/admin/stock-locations")
                        .json()
                        .at("/stock_locations/0/id")
                        .asString())
                .isEqualTo(seeded.locationId());
    }
}
