package io.omnicart.adapter.demo.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.model.Customer;
import io.omnicart.core.model.CustomerType;
import io.omnicart.core.model.DraftOrder;
import io.omnicart.core.model.LineItem;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.StoreSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoCustomerDataTest {

    private final DemoStore store = DemoDataGenerator.generate(LocalDate.of(2026, 3, 15));
    private final List<Customer> customers = store.customers();

    @Test
    void has60CustomersRegisteredAndGuest() {
        Map<CustomerType, Long> byType =
                customers.stream().collect(Collectors.groupingBy(Customer::type, Collectors.counting()));
        assertThat(byType).containsEntry(CustomerType.REGISTERED, 45L).containsEntry(CustomerType.GUEST, 15L);
        assertThat(customers)
                .extracting(Customer::email)
                .doesNotHaveDuplicates()
                .allMatch(email -> email.matches("[a-z0-9._]+@[a-z0-9.]+\\.(com|net|org)"));
        assertThat(customers).filteredOn(c -> c.company() != null).isNotEmpty();
    }

    @Test
    void addressesLieInTheStoreRegions() {
        List<String> countries = new ArrayList<>(DemoPlaces.EUROPE);
        countries.addAll(DemoPlaces.NORTH_AMERICA);
        assertThat(customers).allSatisfy(customer -> {
            assertThat(customer.addresses()).hasSizeBetween(1, 2).allSatisfy(address -> {
                assertThat(address.countryCode()).isIn(countries);
                assertThat(address.line1()).isNotBlank();
                assertThat(address.postalCode()).isNotBlank();
            });
            assertThat(customer.firstName()).isNotBlank();
        });
        assertThat(customers).anySatisfy(c -> assertThat(c.addresses()).hasSize(2));
    }

    @Test
    void everyCustomerHasOrderHistoryAndSomeHaveMany() {
        Map<String, List<Order>> byCustomer = store.orders().stream()
                .collect(Collectors.groupingBy(order -> order.customer().id()));
        assertThat(customers).allSatisfy(customer -> {
            List<Order> history = byCustomer.get(customer.id());
            assertThat(history).isNotEmpty().allSatisfy(order -> {
                assertThat(order.email()).isEqualTo(customer.email());
                assertThat(order.customer().type()).isEqualTo(customer.type());
                assertThat(order.createdAt()).isAfterOrEqualTo(customer.createdAt());
            });
        });
        assertThat(byCustomer.values())
                .anySatisfy(history -> assertThat(history).hasSizeGreaterThanOrEqualTo(5));
    }

    @Test
    void eightDraftsWithConsistentTotalsPerRegion() {
        List<DraftOrder> drafts = store.drafts();
        assertThat(drafts).hasSize(8);
        assertThat(drafts).extracting(d -> d.currency().getCurrencyCode()).contains("EUR", "USD");
        assertThat(drafts).anySatisfy(d -> assertThat(d.customer()).isNull());
        assertThat(drafts).allSatisfy(draft -> {
            Money sum = draft.lineItems().stream()
                    .map(LineItem::total)
                    .reduce(Money::plus)
                    .orElseThrow();
            assertThat(draft.totals().subtotal()).isEqualTo(sum);
            assertThat(draft.totals().total())
                    .isEqualTo(draft.totals()
                            .subtotal()
                            .plus(draft.totals().shipping())
                            .plus(draft.totals().tax())
                            .minus(draft.totals().discount()));
            String expectedRegion = draft.currency().getCurrencyCode().equals("EUR")
                    ? DemoSettingsFactory.EUROPE_ID
                    : DemoSettingsFactory.NORTH_AMERICA_ID;
            assertThat(draft.regionId()).isEqualTo(expectedRegion);
            assertThat(draft.email()).isNotBlank();
        });
    }

    @Test
    void settingsDescribeTheShopWithTwoRegions() {
        StoreSettings settings = store.settings();
        assertThat(settings.name()).isEqualTo("Northwind Outfitters");
        assertThat(settings.platform()).isEqualTo(Platform.DEMO);
        assertThat(settings.platformVersion()).isNull();
        assertThat(settings.defaultCurrency()).isEqualTo("EUR");
        assertThat(settings.currencies())
                .extracting(c -> c.code() + ":" + c.isDefault())
                .containsExactly("EUR:true", "USD:false");
        assertThat(settings.regions())
                .extracting(r -> r.name() + ":" + r.currency())
                .containsExactly("Europe:EUR", "North America:USD");
        assertThat(settings.regions().getLast().countries()).containsExactly("US", "CA");
        assertThat(settings.timezone()).isEqualTo("Europe/Amsterdam");
    }
}
