package io.omnicart.gateway.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.model.ChangeResource;
import io.omnicart.core.model.FulfillmentStatus;
import io.omnicart.core.model.InventoryLevel;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.OrderTotals;
import io.omnicart.core.model.PaymentStatus;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.ResourceChange;
import io.omnicart.core.model.ResourceChanges;
import io.omnicart.core.port.AccountKey;
import io.omnicart.core.port.SeenVersion;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ChangeDetectorTest {

    private static final AccountKey ACCOUNT = new AccountKey("ws-1", "acc-1");
    private static final Instant WINDOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant DETECTED = Instant.parse("2026-11-23T08:00:20Z");

    @Test
    void aVersionSeenBeforeIsNoEvent() {
        ResourceChange change = ResourceChanges.order(order("pending", "2026-11-23T08:00:05Z", "2026-11-20T10:00:00Z"));
        SeenVersion seen = new SeenVersion(ChangeResource.ORDER, change.version(), change.facts());

        assertThat(detect(change, seen).events()).isEmpty();
    }

    @Test
    void anOrderPlacedInsideTheWindowIsCreated() {
        ResourceChange change = ResourceChanges.order(order("pending", "2026-11-23T08:00:05Z", "2026-11-23T08:00:05Z"));

        ChangeEvent event = detect(change, null).events().getFirst();

        assertThat(event.type()).isEqualTo("order.created");
        assertThat(event.resource()).isEqualTo(new EventResource("order", "order_1"));
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-23T08:00:05Z"));
        assertThat(event.detectedAt()).isEqualTo(DETECTED);
        assertThat(event.data()).isEqualTo(change.summary());
        assertThat(event.changes()).isNull();
    }

    @Test
    void anUpdateSaysWhatMovedFromWhatToWhat() {
        ResourceChange before = ResourceChanges.order(order("pending", "2026-11-22T08:00:05Z", "2026-11-20T10:00:00Z"));
        ResourceChange after =
                ResourceChanges.order(order("completed", "2026-11-23T08:00:05Z", "2026-11-20T10:00:00Z"));
        SeenVersion seen = new SeenVersion(ChangeResource.ORDER, before.version(), before.facts());

        ChangeEvent event = detect(after, seen).events().getFirst();

        assertThat(event.type()).isEqualTo("order.updated");
        assertThat(event.changes())
                .containsExactly(java.util.Map.entry("status", new FieldChange("pending", "completed")));
    }

    @Test
    void anOlderOrderSeenForTheFirstTimeIsAnUpdateWithoutChanges() {
        ResourceChange change = ResourceChanges.order(order("pending", "2026-11-23T08:00:05Z", "2026-11-01T10:00:00Z"));

        ChangeEvent event = detect(change, null).events().getFirst();

        assertThat(event.type()).isEqualTo("order.updated");
        assertThat(event.changes()).isNull();
    }

    @Test
    void aDraftThatBecomesAnOrderIsConvertedAndCreated() {
        ResourceChange order = ResourceChanges.order(order("pending", "2026-11-23T08:00:05Z", "2026-11-20T10:00:00Z"));
        SeenVersion draft = new SeenVersion(ChangeResource.DRAFT_ORDER, "2026-11-22T08:00:00Z", java.util.Map.of());

        var events = detect(order, draft).events();

        assertThat(events).extracting(ChangeEvent::type).containsExactly("draft_order.converted", "order.created");
        assertThat(events.getFirst().resource()).isEqualTo(new EventResource("draft_order", "order_1"));
        assertThat(events.get(0).id()).isNotEqualTo(events.get(1).id());
    }

    @Test
    void stockThatDidNotMoveIsNoEventAndStockThatDidSaysFromAndTo() {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-23T08:00:05Z");
        ResourceChange five = ResourceChanges.inventory(new InventoryLevel("SKU-1", 5, null, "p", "v"), at);
        ResourceChange seven =
                ResourceChanges.inventory(new InventoryLevel("SKU-1", 7, null, "p", "v"), at.plusSeconds(1));
        SeenVersion seenFive = new SeenVersion(ChangeResource.INVENTORY, "old", five.facts());

        assertThat(detect(five, seenFive).events()).isEmpty();
        ChangeEvent moved = detect(seven, seenFive).events().getFirst();
        assertThat(moved.type()).isEqualTo("inventory.changed");
        assertThat(moved.changes()).containsEntry("quantity", new FieldChange("5", "7"));
    }

    @Test
    void theSameChangeAlwaysHasTheSameIdAndAnotherAccountAnother() {
        ResourceChange change = ResourceChanges.order(order("pending", "2026-11-23T08:00:05Z", "2026-11-23T08:00:05Z"));
        String first = detect(change, null).events().getFirst().id();

        assertThat(detect(change, null).events().getFirst().id()).isEqualTo(first);
        assertThat(EventIds.wellFormed(first)).isTrue();
        String other = ChangeDetector.detect(
                        new AccountKey("ws-1", "acc-2"), Platform.MEDUSA, change, null, WINDOW, DETECTED)
                .events()
                .getFirst()
                .id();
        assertThat(other).isNotEqualTo(first);
    }

    private static ChangeDetector.Detection detect(ResourceChange change, SeenVersion seen) {
        return ChangeDetector.detect(ACCOUNT, Platform.MEDUSA, change, seen, WINDOW, DETECTED);
    }

    private static OrderSummary order(String status, String updatedAt, String createdAt) {
        Currency eur = Currency.getInstance("EUR");
        Money total = Money.of("94.43", "EUR");
        return new OrderSummary(
                "order_1",
                "1042",
                status.equals("completed") ? OrderStatus.COMPLETED : OrderStatus.PENDING,
                status,
                PaymentStatus.CAPTURED,
                FulfillmentStatus.FULFILLED,
                "emma@example.com",
                null,
                eur,
                new OrderTotals(total, Money.zero(eur), Money.zero(eur), Money.zero(eur), total),
                2,
                OffsetDateTime.parse(createdAt).withOffsetSameInstant(ZoneOffset.UTC),
                OffsetDateTime.parse(updatedAt).withOffsetSameInstant(ZoneOffset.UTC));
    }
}
