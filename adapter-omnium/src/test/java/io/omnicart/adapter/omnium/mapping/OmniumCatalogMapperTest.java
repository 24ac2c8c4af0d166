package io.omnicart.adapter.omnium.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.adapter.omnium.OmniumSamples;
import io.omnicart.adapter.omnium.model.OmniumCustomer;
import io.omnicart.adapter.omnium.model.OmniumMarket;
import io.omnicart.adapter.omnium.model.OmniumProduct;
import io.omnicart.adapter.omnium.model.OmniumProductCategory;
import io.omnicart.adapter.omnium.model.OmniumStore;
import io.omnicart.core.model.CurrencySetting;
import io.omnicart.core.model.Customer;
import io.omnicart.core.model.CustomerType;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.ProductOption;
import io.omnicart.core.model.ProductStatus;
import io.omnicart.core.model.ProductVariant;
import io.omnicart.core.model.Region;
import io.omnicart.core.model.StoreSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OmniumCatalogMapperTest {

    @Test
    void aProductWithVariantsPricesAndStock() {
        OmniumProduct source = OmniumSamples.read("product-variants.json", OmniumProduct.class);
        Product product = OmniumProductMapper.toProduct(
                source, OmniumProductMapper.collection(OmniumProductMapper.category(source)));

        assertThat(product.id())
                .as("the logical product id, not the document id classic-tee_en")
                .isEqualTo("classic-tee");
        assertThat(product.handle()).isEqualTo("classic-tee");
        assertThat(product.status()).isEqualTo(ProductStatus.PUBLISHED);
        assertThat(product.thumbnail()).isEqualTo("https://cdn.example.com/tee.jpg");
        assertThat(product.collection().id()).isEqualTo("summer");
        assertThat(product.collection().title()).isEqualTo("Summer Essentials");
        assertThat(product.options()).extracting(ProductOption::title).containsExactly("Size", "Color", "Fit");
        assertThat(product.variants().get(2).options())
                .isEqualTo(Map.of("Size", "XL", "Color", "White", "Fit", "Slim"));
        assertThat(product.options().getFirst().values()).containsExactly("M", "L", "XL");

        ProductVariant black = product.variants().getFirst();
        assertThat(black.id()).as("variants are addressed by SKU").isEqualTo("TEE-M-BLK");
        assertThat(black.sku()).isEqualTo("TEE-M-BLK");
        assertThat(black.barcode()).isEqualTo("7040000000001");
        assertThat(black.options()).isEqualTo(Map.of("Size", "M", "Color", "Black"));
        assertThat(black.prices())
                .extracting(money -> money.currency().getCurrencyCode() + " "
                        + money.amount().toPlainString())
                .as("one market-wide price per currency, the first market's")
                .containsExactly("NOK 199.00", "SEK 219.00");
        assertThat(black.inventoryQuantity()).as("summed over warehouses").isEqualTo(7);
        assertThat(product.variants().get(1).inventoryQuantity()).isZero();
        assertThat(product.variants().get(2).inventoryQuantity())
                .as("not tracked")
                .isNull();
        assertThat(product.variants().get(2).title()).isEqualTo("TEE-XL-WHT");
    }

    @Test
    void aSingleSkuProductIsItsOwnVariantAndInactiveMeansDraft() {
        OmniumProduct single = new OmniumProduct(
                "card_en",
                "card",
                "GIFT-50",
                "Gift Card",
                null,
                "en",
                null,
                false,
                true,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        Product product = OmniumProductMapper.toProduct(single, null);

        assertThat(product.status()).isEqualTo(ProductStatus.DRAFT);
        assertThat(product.variants()).singleElement().satisfies(variant -> {
            assertThat(variant.sku()).isEqualTo("GIFT-50");
            assertThat(variant.inventoryQuantity())
                    .as("a virtual product keeps no stock")
                    .isNull();
        });
        assertThat(OmniumProductMapper.collection(new OmniumProductCategory(null, "gifts", null, null, null, null))
                        .title())
                .isEqualTo("gifts");
    }

    @Test
    void aBusinessCustomerWithItsPrimaryAddress() {
        Customer customer =
                OmniumCustomerMapper.toCustomer(OmniumSamples.read("customer-business.json", OmniumCustomer.class));

        assertThat(customer.id()).isEqualTo("b-1");
        assertThat(customer.company()).isEqualTo("Acme AS");
        assertThat(customer.type()).isEqualTo(CustomerType.GUEST);
        assertThat(customer.firstName()).isEqualTo("Alice");
        assertThat(customer.addresses()).singleElement().satisfies(address -> {
            assertThat(address.line1()).isEqualTo("Industriveien 9");
            assertThat(address.countryCode()).isEqualTo("NO");
            assertThat(address.company()).isEqualTo("Acme AS");
        });
    }

    @Test
    void searchTextMatchesTitlesHandlesSkusAndPeopleOnly() {
        OmniumProduct tee = OmniumSamples.read("product-variants.json", OmniumProduct.class);
        OmniumCustomer acme = OmniumSamples.read("customer-business.json", OmniumCustomer.class);

        assertThat(OmniumSearchText.productMatches(tee, "CLASSIC")).isTrue();
        assertThat(OmniumSearchText.productMatches(tee, "tee-l-wht")).isTrue();
        assertThat(OmniumSearchText.productMatches(tee, "cotton"))
                .as("descriptions are not searched")
                .isFalse();
        assertThat(OmniumSearchText.customerMatches(acme, "acme")).isTrue();
        assertThat(OmniumSearchText.customerMatches(acme, "alice admin")).isTrue();
        assertThat(OmniumSearchText.customerMatches(acme, "Industriveien")).isFalse();
    }

    @Test
    void everyMarketIsARegionWithItsOwnCurrencyAndCurrenciesListTheDefaultFirst() {
        List<OmniumMarket> markets = OmniumSamples.list("markets.json", OmniumMarket.class);
        List<OmniumStore> stores = List.of(
                new OmniumStore("wh", "Warehouse", false, true, false, false, false, null),
                new OmniumStore("web", "Nordic Shop", true, false, true, false, false, null));

        StoreSettings settings = OmniumStoreMapper.toSettings(stores, markets);

        assertThat(settings.name()).isEqualTo("Nordic Shop");
        assertThat(settings.defaultCurrency()).isEqualTo("NOK");
        assertThat(settings.currencies())
                .containsExactly(new CurrencySetting("NOK", true), new CurrencySetting("SEK", false));
        assertThat(settings.regions())
                .as("the Nordics group spans NOK and SEK: each market is a region of its own")
                .containsExactly(
                        new Region("NOR", "Norway", "NOK", List.of("NO")),
                        new Region("SWE", "Sweden", "SEK", List.of("SE")),
                        new Region("SJM", "Svalbard", "NOK", List.of("SJ")));
        assertThat(OmniumStoreMapper.marketFor(markets, "sek").orElseThrow().marketId())
                .isEqualTo("SWE");
        assertThat(OmniumStoreMapper.name(List.of())).isEqualTo(OmniumStoreMapper.FALLBACK_NAME);
    }
}
