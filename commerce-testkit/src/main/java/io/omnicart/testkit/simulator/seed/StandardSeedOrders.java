package io.omnicart.testkit.simulator.seed;

import static io.omnicart.testkit.simulator.seed.StandardSeed.ALICE;
import static io.omnicart.testkit.simulator.seed.StandardSeed.BOB;
import static io.omnicart.testkit.simulator.seed.StandardSeed.JANE;
import static io.omnicart.testkit.simulator.seed.StandardSeed.JOHN_GUEST;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The twelve orders and two draft orders of the {@link StandardSeed}, oldest first, one every two days. Keys say what
 * each one demonstrates.
 */
final class StandardSeedOrders {

    private static final String EU_SHIPPING = "4.95";
    private static final String US_SHIPPING = "5.95";

    private StandardSeedOrders() {}

    static List<SeedOrder> orders(Instant now) {
        List<SeedOrderBuilder> orders = List.of(
                completedDelivered(),
                pendingAuthorized(),
                canceled(),
                archivedShipped(),
                pendingFulfilled(),
                pendingUnpaid(),
                completedUsd(),
                pendingPartiallyFulfilled(),
                canceledRefunded(),
                archivedCanceled(),
                pendingShipped(),
                completedUnfulfilled());
        int daysAgo = 30;
        for (SeedOrderBuilder order : orders) {
            order.placedAt(now.minus(Duration.ofDays(daysAgo)));
            daysAgo -= 2;
        }
        return orders.stream().map(SeedOrderBuilder::build).toList();
    }

    static List<SeedDraftOrder> draftOrders(Instant now) {
        SeedDraftOrder eur = new SeedDraftOrder(
                "draft-eur",
                ALICE,
                ALICE,
                "EUR",
                List.of(new SeedLine("TOTE-NAT", 1), new SeedLine("TEE-S-WHT", 2)),
                StandardSeed.paris(),
                new BigDecimal(EU_SHIPPING),
                now.minus(Duration.ofDays(5)));
        SeedDraftOrder usd = new SeedDraftOrder(
                "draft-usd",
                BOB,
                BOB,
                "USD",
                List.of(new SeedLine("SNK-42", 1)),
                StandardSeed.newYork(),
                new BigDecimal(US_SHIPPING),
                now.minus(Duration.ofDays(2)));
        return List.of(eur, usd);
    }

    private static SeedOrderBuilder completedDelivered() {
        return jane("completed-delivered", SeedOrderState.COMPLETED)
                .line("TEE-M-BLK", 2)
                .line("HOOD-L", 1)
                .fulfillment(SeedFulfillment.tracked(SeedFulfillmentStage.DELIVERED, "DHL", "DHL-123456789"));
    }

    private static SeedOrderBuilder pendingAuthorized() {
        return guest("pending-authorized", "EUR", StandardSeed.hamburg())
                .payment(SeedPayment.AUTHORIZED)
                .line("SNK-42", 1);
    }

    private static SeedOrderBuilder canceled() {
        return guest("canceled", "USD", StandardSeed.toronto())
                .state(SeedOrderState.CANCELED)
                .payment(SeedPayment.CANCELED)
                .line("SNK-40", 1)
                .line("TEE-S-WHT", 1)
                .cancelReason("customer changed mind");
    }

    private static SeedOrderBuilder archivedShipped() {
        return jane("archived-shipped", SeedOrderState.ARCHIVED)
                .line("TEE-L-WHT", 3)
                .fulfillment(SeedFulfillment.tracked(SeedFulfillmentStage.SHIPPED, "DHL", "DHL-987654321"));
    }

    private static SeedOrderBuilder pendingFulfilled() {
        return jane("pending-fulfilled", SeedOrderState.PENDING)
                .line("HOOD-M", 1)
                .line("TEE-S-BLK", 1)
                .fulfillment(SeedFulfillment.all(SeedFulfillmentStage.FULFILLED));
    }

    private static SeedOrderBuilder pendingUnpaid() {
        return alice("pending-unpaid").payment(SeedPayment.NOT_PAID).line("HOOD-L", 2);
    }

    private static SeedOrderBuilder completedUsd() {
        return bob("completed-usd", SeedOrderState.COMPLETED)
                .line("SNK-44", 1)
                .line("TEE-M-BLK", 2)
                .fulfillment(SeedFulfillment.tracked(SeedFulfillmentStage.DELIVERED, "UPS", "1Z999AA10123456784"));
    }

    private static SeedOrderBuilder pendingPartiallyFulfilled() {
        SeedFulfillment hoodieOnly =
                new SeedFulfillment(SeedFulfillmentStage.FULFILLED, Map.of("HOOD-M", 1), null, null, null);
        return bob("pending-partially-fulfilled", SeedOrderState.PENDING)
                .line("HOOD-M", 1)
                .line("TOTE-NAT", 2)
                .fulfillment(hoodieOnly);
    }

    private static SeedOrderBuilder canceledRefunded() {
        return alice("canceled-refunded")
                .state(SeedOrderState.CANCELED)
                .payment(SeedPayment.REFUNDED)
                .shipping("0")
                .line("GIFT-50", 1)
                .cancelReason("duplicate order");
    }

    private static SeedOrderBuilder archivedCanceled() {
        return guest("archived-canceled", "USD", StandardSeed.toronto())
                .state(SeedOrderState.ARCHIVED)
                .payment(SeedPayment.CANCELED)
                .line("SOCKS-OS", 3);
    }

    private static SeedOrderBuilder pendingShipped() {
        return jane("pending-shipped", SeedOrderState.PENDING)
                .line("SNK-40", 1)
                .fulfillment(SeedFulfillment.tracked(SeedFulfillmentStage.SHIPPED, "GLS", "GLS-55501234"));
    }

    private static SeedOrderBuilder completedUnfulfilled() {
        return alice("completed-unfulfilled").state(SeedOrderState.COMPLETED).line("WALLET-1", 1);
    }

    private static SeedOrderBuilder jane(String key, SeedOrderState state) {
        return SeedOrderBuilder.order(key, JANE, "EUR")
                .state(state)
                .payment(SeedPayment.CAPTURED)
                .shipTo(StandardSeed.berlin())
                .shipping(EU_SHIPPING);
    }

    private static SeedOrderBuilder alice(String key) {
        return SeedOrderBuilder.order(key, ALICE, "EUR")
                .payment(SeedPayment.CAPTURED)
                .shipTo(StandardSeed.paris())
                .shipping(EU_SHIPPING);
    }

    private static SeedOrderBuilder bob(String key, SeedOrderState state) {
        return SeedOrderBuilder.order(key, BOB, "USD")
                .state(state)
                .payment(SeedPayment.CAPTURED)
                .shipTo(StandardSeed.newYork())
                .shipping(US_SHIPPING);
    }

    private static SeedOrderBuilder guest(String key, String currency, SeedAddress address) {
        return SeedOrderBuilder.order(key, JOHN_GUEST, currency)
                .shipTo(address)
                .shipping(currency.equals("EUR") ? EU_SHIPPING : US_SHIPPING);
    }
}
