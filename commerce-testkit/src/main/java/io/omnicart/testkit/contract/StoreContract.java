package io.omnicart.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.model.Capability;
import io.omnicart.core.model.CurrencySetting;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.OverviewQuery;
import io.omnicart.core.model.Region;
import io.omnicart.core.model.StoreOverview;
import io.omnicart.core.model.StoreSettings;
import io.omnicart.testkit.simulator.seed.SeedRegion;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The store as a whole: verification, settings, and the overview (counts and revenue per currency). */
public abstract class StoreContract extends ContractGroup {

    protected StoreContract(CommerceAdapterContract contract) {
        super(contract);
    }

    @Test
    void verificationReadsTheStoreName() {
        assertThat(await(adapter().verify(store())).name())
                .isEqualTo(seeded().seed().storeName());
    }

    @Test
    void settingsListCurrenciesAndRegions() {
        if (!supports(Capability.SETTINGS, () -> adapter().settings(store()))) {
            return;
        }
        StoreSettings settings = await(adapter().settings(store()));

        assertThat(settings.name()).isEqualTo(seeded().seed().storeName());
        assertThat(settings.platform()).isEqualTo(adapter().platform());
        assertThat(settings.defaultCurrency()).isEqualTo("EUR");
        assertThat(settings.currencies())
                .containsExactly(new CurrencySetting("EUR", true), new CurrencySetting("USD", false));
        if (!profile().regions()) {
            assertThat(settings.regions()).as("the platform has no regions").isEmpty();
            return;
        }
        assertThat(settings.regions()).extracting(Region::currency).containsOnly("EUR", "USD");
        assertThat(settings.regions()).extracting(Region::id).doesNotHaveDuplicates();
        for (SeedRegion seeded : seeded().seed().regions()) {
            String currency = seeded.currency().toUpperCase(Locale.ROOT);
            assertThat(settings.regions().stream()
                            .filter(region -> region.currency().equals(currency))
                            .flatMap(region -> region.countries().stream())
                            .toList())
                    .as("the countries sold in %s, each in a region of that currency only", currency)
                    .containsExactlyInAnyOrderElementsOf(seeded.countries().stream()
                            .map(country -> country.toUpperCase(Locale.ROOT))
                            .toList());
        }
    }

    @Test
    void theOverviewCountsAndSumsTheWindow() {
        OverviewQuery lastMonth = new OverviewQuery(Duration.ofDays(31));
        if (!supports(Capability.OVERVIEW, () -> adapter().overview(store(), lastMonth))) {
            return;
        }
        Instant before = Instant.now();
        StoreOverview overview = await(adapter().overview(store(), lastMonth));

        assertThat(overview.orderCount()).isEqualTo(seeded().seed().orders().size());
        assertThat(overview.customerCount())
                .isEqualTo(seeded().seed().customers().size());
        assertThat(overview.productCount()).isEqualTo(seeded().seed().products().size());
        assertRevenue(overview, new SeedFacts(seeded()).revenue(Instant.EPOCH, before));
        assertThat(overview.window().to().toInstant()).isBetween(before.minusSeconds(1), Instant.now());
        assertThat(Duration.between(overview.window().from(), overview.window().to()))
                .isEqualTo(Duration.ofDays(31));
    }

    @Test
    void aShortWindowHoldsOnlyRecentOrders() {
        OverviewQuery recent = new OverviewQuery(Duration.ofDays(11));
        if (!supports(Capability.OVERVIEW, () -> adapter().overview(store(), recent))) {
            return;
        }
        StoreOverview overview = await(adapter().overview(store(), recent));

        Instant from = overview.window().from().toInstant();
        Map<String, BigDecimal> expected =
                new SeedFacts(seeded()).revenue(from, overview.window().to().toInstant());
        assertThat(overview.orderCount())
                .isEqualTo(new SeedFacts(seeded())
                        .orderIds(order -> !order.createdAt().isBefore(from))
                        .size());
        assertRevenue(overview, expected);
    }

    private static void assertRevenue(StoreOverview overview, Map<String, BigDecimal> expected) {
        assertThat(overview.revenue())
                .extracting(money -> money.currency().getCurrencyCode())
                .doesNotHaveDuplicates();
        for (Money money : overview.revenue()) {
            BigDecimal wanted = expected.getOrDefault(money.currency().getCurrencyCode(), BigDecimal.ZERO);
            assertThat(money.amount()).as("revenue in %s", money.currency()).isEqualByComparingTo(wanted);
        }
        assertThat(overview.revenue())
                .extracting(money -> money.currency().getCurrencyCode())
                .containsAll(expected.keySet());
    }
}
