package io.omnicart.adapter.demo.data;

import io.omnicart.core.model.Address;
import io.omnicart.core.model.Customer;
import io.omnicart.core.model.CustomerRef;
import io.omnicart.core.model.CustomerType;
import io.omnicart.core.model.DraftOrder;
import io.omnicart.core.model.LineItem;
import io.omnicart.core.model.OrderTotals;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Eight draft orders: six baskets staff put together for account holders (phone orders, exchanges) and two bulk
 * quotes for clubs that have no account yet.
 */
final class DemoDraftGenerator {

    static final int COUNT = 8;

    private static final long SEED = 0x4E57_D4AFL;
    private static final List<Address> QUOTE_ADDRESSES = List.of(
            new Address(
                    "Katrin Oberhauser",
                    "Alpenverein Sektion Innsbruck",
                    "Wilhelm-Greil-Straße 15",
                    null,
                    "Innsbruck",
                    null,
                    "6020",
                    "AT",
                    "+43 512 5870 1020"),
            new Address(
                    "Marcus Hale",
                    "Green Mountain Hiking Club",
                    "187 Church St",
                    "Suite 200",
                    "Burlington",
                    "VT",
                    "05401",
                    "US",
                    "+1 802-555-0188"));
    private static final List<String> QUOTE_EMAILS =
            List.of("einkauf@alpenverein-innsbruck.example.org", "gear@greenmountainhikers.example.org");

    /** What clubs order in bulk. */
    private static final Set<String> CLUB_MERCH = Set.of(
            "custom-embroidered-beanie",
            "merino-150-crew-tee",
            "ridgeline-28-daypack",
            "lumen-400-headlamp",
            "alpine-wool-hiking-socks",
            "grid-fleece-quarter-zip");

    private final DemoTime time;
    private final Random random = new Random(SEED);
    private final DemoLineItems lineItems;
    private final DemoLineItems clubMerch;

    DemoDraftGenerator(DemoTime time, DemoCatalog catalog) {
        this.time = time;
        this.lineItems = new DemoLineItems(time, random, catalog.published());
        this.clubMerch = new DemoLineItems(
                time,
                random,
                catalog.published().stream()
                        .filter(product -> CLUB_MERCH.contains(product.handle()))
                        .toList());
    }

    List<DraftOrder> drafts(List<Customer> customers) {
        List<Customer> registered = customers.stream()
                .filter(customer -> customer.type() == CustomerType.REGISTERED)
                .toList();
        List<DraftOrder> drafts = new ArrayList<>();
        for (int i = 0; i < COUNT - QUOTE_EMAILS.size(); i++) {
            drafts.add(forCustomer(i, DemoPeople.pick(registered, random)));
        }
        for (int i = 0; i < QUOTE_EMAILS.size(); i++) {
            drafts.add(quote(COUNT - QUOTE_EMAILS.size() + i, QUOTE_EMAILS.get(i), QUOTE_ADDRESSES.get(i)));
        }
        drafts.sort(Comparator.comparing(DraftOrder::createdAt).reversed().thenComparing(DraftOrder::id));
        return drafts;
    }

    private DraftOrder forCustomer(int index, Customer customer) {
        String name = customer.firstName() + " " + customer.lastName();
        CustomerRef ref = new CustomerRef(customer.id(), name, customer.email(), customer.type());
        Address address = customer.addresses().getFirst();
        OffsetDateTime created = time.daysAgo(1 + random.nextInt(20), random);
        List<LineItem> lines = lineItems.basket(1 + random.nextInt(3), 1, currency(address), created);
        return draft(index, customer.email(), ref, address, lines, created);
    }

    private DraftOrder quote(int index, String email, Address address) {
        OffsetDateTime created = time.daysAgo(1 + random.nextInt(20), random);
        List<LineItem> lines = clubMerch.basket(2 + random.nextInt(3), 6, currency(address), created);
        return draft(index, email, null, address, lines, created);
    }

    private DraftOrder draft(
            int index, String email, CustomerRef ref, Address address, List<LineItem> lines, OffsetDateTime created) {
        Currency currency = currency(address);
        OrderTotals totals = DemoPricing.totals(lines, currency, address, 0);
        String region = DemoSettingsFactory.regionId(address.countryCode());
        return new DraftOrder(
                time.id("draft", created, random),
                "D-" + (1001 + index),
                email,
                ref,
                currency,
                region,
                lines,
                totals,
                address,
                created,
                time.between(created, random));
    }

    private static Currency currency(Address address) {
        return DemoPlaces.currency(address.countryCode());
    }
}
