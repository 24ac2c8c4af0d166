package io.omnicart.adapter.medusa.mapping;

import static io.omnicart.adapter.medusa.MedusaSamples.entityWith;
import static io.omnicart.adapter.medusa.MedusaSamples.list;
import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.adapter.medusa.model.MedusaCustomer;
import io.omnicart.adapter.medusa.model.MedusaOrder;
import io.omnicart.adapter.medusa.model.MedusaRegion;
import io.omnicart.adapter.medusa.model.MedusaStore;
import io.omnicart.core.model.CurrencySetting;
import io.omnicart.core.model.Customer;
import io.omnicart.core.model.CustomerType;
import io.omnicart.core.model.DraftOrder;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.Region;
import io.omnicart.core.model.StoreSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

class MedusaStoreAndCustomerMapperTest {

    @Test
    void settingsListTheStoreCurrenciesDefaultFirstAndRegionsWithCountries() {
        MedusaStore store =
                list("admin-stores-list", "stores", MedusaStore.class).getFirst();
        List<MedusaRegion> regions = list("admin-regions-list", "regions", MedusaRegion.class);

        StoreSettings settings = MedusaStoreMapper.toSettings(store, regions);

        assertThat(settings.name()).isEqualTo("OmniCart Test Store");
        assertThat(settings.platform()).isEqualTo(Platform.MEDUSA);
        assertThat(settings.defaultCurrency()).isEqualTo("EUR");
        assertThat(settings.currencies())
                .containsExactly(new CurrencySetting("EUR", true), new CurrencySetting("USD", false));
        Region europe = settings.regions().stream()
                .filter(region -> region.name().equals("Europe"))
                .findFirst()
                .orElseThrow();
        assertThat(europe.currency()).isEqualTo("EUR");
        assertThat(europe.countries()).contains("DE", "FR").allMatch(code -> code.equals(code.toUpperCase()));
    }

    @Test
    void registeredMeansHasAccountAndDefaultAddressesComeFirst() {
        List<Customer> customers = list("admin-customers-list-fields", "customers", MedusaCustomer.class).stream()
                .map(MedusaCustomerMapper::toCustomer)
                .toList();

        Customer jane = customer(customers, "jane.doe@example.com");
        assertThat(jane.type()).isEqualTo(CustomerType.REGISTERED);
        assertThat(jane.firstName()).isEqualTo("Jane");
        assertThat(jane.addresses()).first().satisfies(address -> {
            assertThat(address.city()).isEqualTo("Berlin");
            assertThat(address.countryCode()).isEqualTo("DE");
            assertThat(address.postalCode()).isEqualTo("10117");
        });
        Customer alice = customer(customers, "alice.admin@example.com");
        assertThat(alice.type()).isEqualTo(CustomerType.GUEST);
        assertThat(alice.company()).isEqualTo("Acme GmbH");
        Customer john = customer(customers, "john.guest@example.com");
        assertThat(john.type()).isEqualTo(CustomerType.GUEST);
        assertThat(john.firstName()).isNull();
    }

    @Test
    void draftOrdersKeepTheirLinesTotalsAndRegion() {
        MedusaOrder draft =
                entityWith("admin-draft-orders-retrieve", "draft_order", MedusaOrder.class, "currency_code", "eur");

        DraftOrder mapped = MedusaDraftOrderMapper.toDraftOrder(draft);

        assertThat(mapped.number()).isEqualTo("6");
        assertThat(mapped.email()).isEqualTo("alice.admin@example.com");
        assertThat(mapped.regionId()).startsWith("reg_");
        assertThat(mapped.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(mapped.totals().total().amount()).isEqualByComparingTo("124.92");
        assertThat(mapped.lineItems()).isNotEmpty();
        assertThat(mapped.lineItems())
                .extracting(item -> item.unitPrice().currency().getCurrencyCode())
                .containsOnly("EUR");
    }

    @Test
    void revenueSumsNonCanceledOrdersPerCurrencyWithEveryStoreCurrency() {
        List<MedusaOrder> orders = list("metrics-orders-totals", "orders", MedusaOrder.class);

        List<Money> revenue = MedusaOverviewMapper.revenue(
                orders, List.of(new CurrencySetting("EUR", true), new CurrencySetting("USD", false)));

        assertThat(revenue)
                .extracting(money -> money.currency().getCurrencyCode())
                .containsExactly("EUR", "USD");
        assertThat(revenue.get(0).amount()).isEqualByComparingTo("422.68");
        assertThat(revenue.get(1).amount()).isEqualByComparingTo("0");
    }

    private static Customer customer(List<Customer> customers, String email) {
        return customers.stream()
                .filter(c -> email.equals(c.email()))
                .findFirst()
                .orElseThrow();
    }
}
