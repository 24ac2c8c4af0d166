package io.omnicart.testkit.simulator.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.testkit.simulator.medusa.MedusaSimulator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StandardSeedTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static MedusaSimulator simulator;

    @BeforeAll
    static void start() {
        simulator = MedusaSimulator.start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void describesASmallRealisticStore() {
        Seed seed = StandardSeed.create(NOW);

        assertThat(seed.regions()).extracting(SeedRegion::currency).containsExactly("EUR", "USD");
        assertThat(seed.products()).hasSize(8);
        assertThat(seed.products()).extracting(SeedProduct::status).contains(SeedProductStatus.values());
        assertThat(seed.customers()).extracting(SeedCustomer::registered).containsExactly(true, false, false, true);
        assertThat(seed.orders()).hasSize(12);
        assertThat(seed.orders()).extracting(SeedOrder::state).contains(SeedOrderState.values());
        assertThat(seed.orders()).allMatch(order -> order.createdAt().isAfter(NOW.minusSeconds(31 * 86_400L)));
        assertThat(seed.draftOrders()).hasSize(2);
        assertThat(seed.variant("TEE-M-WHT").stock()).isZero();
        assertThat(seed.variant("GIFT-50").stock()).isNull();
        assertThat(seed.productOf("SNK-42").handle()).isEqualTo("canvas-sneakers");
    }

    @Test
    void seededIdsAreFoundByNaturalKeys() {
        SeededStore seeded = simulator.seed(StandardSeed.create(NOW));

        assertThat(seeded.productId("classic-tee")).startsWith("prod_");
        assertThat(seeded.variantId("TEE-M-BLK")).startsWith("variant_");
        assertThat(seeded.inventoryItemId("TEE-M-BLK")).startsWith("iitem_");
        assertThat(seeded.customerId("JANE.DOE@example.com")).startsWith("cus_");
        assertThat(seeded.collectionId("winter-warmers")).startsWith("pcol_");
        assertThat(seeded.regionId("eur")).startsWith("reg_");
        assertThat(seeded.order("completed-delivered").number()).isEqualTo("1");
        assertThat(seeded.order("completed-delivered").currency()).isEqualTo("EUR");
        assertThat(seeded.order("canceled").total()).isEqualByComparingTo(new BigDecimal("119.94"));
        assertThat(seeded.draftOrder("draft-eur").id()).startsWith("order_");
        assertThatThrownBy(() -> seeded.variantId("NOPE")).hasMessage("no variant 'NOPE' was seeded");
        assertThatThrownBy(() -> seeded.order("nope")).hasMessageContaining("no order with key 'nope'");
    }

    @Test
    void aSeedReferringToUnknownThingsIsRefusedClearly() {
        SeedOrder order = new SeedOrder(
                "x",
                "a@example.com",
                null,
                "EUR",
                SeedOrderState.PENDING,
                List.of(new SeedLine("NOPE", 1)),
                StandardSeed.berlin(),
                null,
                BigDecimal.ONE,
                SeedPayment.NOT_PAID,
                List.of(),
                null,
                NOW);
        Seed seed = Seed.empty("Shop")
                .withRegions(List.of(new SeedRegion("EU", "EUR", List.of("de"))))
                .withOrders(List.of(order));

        assertThatThrownBy(() -> simulator.seed(seed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no seeded variant with SKU NOPE");
    }

    @Test
    void aCanceledOrderCannotHaveLiveFulfillments() {
        Seed standard = StandardSeed.create(NOW);
        SeedOrder impossible = new SeedOrder(
                "bad",
                StandardSeed.JANE,
                StandardSeed.JANE,
                "EUR",
                SeedOrderState.CANCELED,
                List.of(new SeedLine("HOOD-M", 1)),
                StandardSeed.berlin(),
                null,
                BigDecimal.ONE,
                SeedPayment.CANCELED,
                List.of(SeedFulfillment.all(SeedFulfillmentStage.FULFILLED)),
                null,
                NOW);

        assertThatThrownBy(() -> simulator.seed(standard.withOrders(List.of(impossible))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("All fulfillments must be canceled");
    }
}
