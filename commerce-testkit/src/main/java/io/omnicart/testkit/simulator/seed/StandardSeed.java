package io.omnicart.testkit.simulator.seed;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The realistic small store every simulator can serve: two regions (EUR, USD), two collections, eight products in all
 * four publication states (one without stock tracking, one sold out in one variant), four customers (registered,
 * staff-created, guest), twelve orders across pending / completed / canceled / archived with payments and shipments,
 * and two draft orders. Orders were placed over the 30 days before the given instant.
 */
public final class StandardSeed {

    public static final String JANE = "jane.doe@example.com";
    public static final String ALICE = "alice.admin@example.com";
    public static final String JOHN_GUEST = "john.guest@example.com";
    public static final String BOB = "bob.buyer@example.com";

    private StandardSeed() {}

    /** The standard store with orders placed before now. */
    public static Seed create() {
        return create(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /** The standard store with orders placed in the 30 days before {@code now}. */
    public static Seed create(Instant now) {
        return new Seed(
                "OmniCart Test Store",
                regions(),
                collections(),
                StandardSeedCatalog.products(),
                customers(),
                StandardSeedOrders.orders(now),
                StandardSeedOrders.draftOrders(now));
    }

    static List<SeedRegion> regions() {
        return List.of(
                new SeedRegion("Europe", "EUR", List.of("de", "fr", "nl", "it", "es", "dk", "se", "gb")),
                new SeedRegion("North America", "USD", List.of("us", "ca")));
    }

    static List<SeedCollection> collections() {
        return List.of(
                new SeedCollection("summer-essentials", "Summer Essentials"),
                new SeedCollection("winter-warmers", "Winter Warmers"));
    }

    static List<SeedCustomer> customers() {
        return List.of(
                new SeedCustomer(JANE, "Jane", "Doe", "+49 30 1234567", null, true, List.of(berlin())),
                new SeedCustomer(ALICE, "Alice", "Admin", "+33 1 23 45 67 89", "Acme GmbH", false, List.of(paris())),
                new SeedCustomer(JOHN_GUEST, null, null, null, null, false, List.of()),
                new SeedCustomer(BOB, "Bob", "Buyer", "+1 212 555 0100", null, true, List.of(newYork())));
    }

    static SeedAddress berlin() {
        return new SeedAddress(
                "Jane", "Doe", null, "Unter den Linden 5", null, "Berlin", null, "10117", "de", "+49 30 1234567");
    }

    static SeedAddress paris() {
        return new SeedAddress(
                "Alice", "Admin", "Acme GmbH", "12 Rue de Rivoli", null, "Paris", null, "75001", "fr", null);
    }

    static SeedAddress newYork() {
        return new SeedAddress("Bob", "Buyer", null, "350 5th Ave", "Floor 2", "New York", "NY", "10118", "us", null);
    }

    static SeedAddress hamburg() {
        return new SeedAddress("John", "Guest", null, "Jungfernstieg 2", null, "Hamburg", null, "20354", "de", null);
    }

    static SeedAddress toronto() {
        return new SeedAddress("John", "Guest", null, "100 Queen St W", null, "Toronto", "ON", "M5H 2N2", "ca", null);
    }

    static Map<String, String> size(String value) {
        return Map.of("Size", value);
    }
}
