package io.omnicart.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * Every panel of the frontend, read through the gateway with each credential type and compared with the seed manifest
 * and with Medusa read directly. Read-only. The action classes may have run before in the same JVM, so lists are
 * checked for what no action changes (seeded orders #2 completed, #3 cancelled, #4 shipped, #5 captured and #7
 * pending keep their state; see {@link MedusaOrderActionsE2E}) and counts against Medusa at the time of the read.
 */
class MedusaBrowseE2E extends MedusaE2ESupport {

    // ------------------------------------------------------------------ orders

    @ParameterizedTest
    @EnumSource(Credential.class)
    void ordersArePagedNewestFirstAndMatchMedusa(Credential credential) {
        JsonNode first = read(credential, "/orders?limit=3");
        assertThat(data(first)).hasSize(3);
        assertThat(first.path("page").path("nextCursor").isNull()).isFalse();
        long total = medusa.count("/admin/orders");
        assertThat(first.path("page").path("total").asLong()).isEqualTo(total);

        List<JsonNode> all = allPages(credential, "/orders", 3);

        List<String> ids = all.stream().map(o -> o.path("id").asString()).toList();
        assertThat(ids).doesNotHaveDuplicates();
        Set<String> inMedusa = new HashSet<>();
        medusa.orders("id").forEach(o -> inMedusa.add(o.path("id").asString()));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(inMedusa);
        assertThat(all)
                .extracting(o -> OffsetDateTime.parse(o.path("createdAt").asString()))
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(all).allSatisfy(summary -> {
            assertThat(summary.has("lineItems"))
                    .as("a summary has no line items")
                    .isFalse();
            assertThat(summary.path("itemCount").asInt()).isPositive();
            assertThat(summary.path("totals").path("total").path("amount").asString())
                    .matches("\\d+\\.\\d{2}");
        });
        List<String> numbers =
                all.stream().map(o -> o.path("number").asString()).toList();
        for (JsonNode seeded : store.seed.path("orders").path("list")) {
            assertThat(numbers).contains(seeded.path("display_id").asString());
        }
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void qFindsAnOrderByItsNumberExactly(Credential credential) {
        int canceled = store.onlyOrderWithRole("canceled");
        String number = String.valueOf(canceled);

        List<JsonNode> found = allPages(credential, "/orders?q=" + canceled, 100);

        assertThat(found)
                .filteredOn(order -> order.path("number").asString().equals(number))
                .singleElement()
                .satisfies(order -> {
                    assertThat(order.path("status").asString()).isEqualTo("cancelled");
                    assertThat(order.path("platformStatus").asString()).isEqualTo("canceled");
                    assertThat(order.path("currency").asString())
                            .isEqualTo(store.order(canceled)
                                    .path("currency_code")
                                    .asString()
                                    .toUpperCase(Locale.ROOT));
                });
        assertThat(found)
                .as("besides the number, q matches only e-mails containing it")
                .filteredOn(order -> !order.path("number").asString().equals(number))
                .allSatisfy(order -> assertThat(order.path("email").asString()).contains(number));
        long medusaLoose = medusa.count("/admin/orders?q=" + canceled);
        assertThat(medusaLoose)
                .as("Medusa's own q also matches addresses and phone numbers containing the digit")
                .isGreaterThan(found.size());
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void qFindsAnOrderById(Credential credential) {
        int shipped = store.onlyOrderWithRole("shipped");
        String id = medusa.orderByNumber(shipped).path("id").asString();

        List<JsonNode> found = data(read(credential, "/orders?q=" + id));

        assertThat(found).singleElement().satisfies(order -> {
            assertThat(order.path("id").asString()).isEqualTo(id);
            assertThat(order.path("number").asString()).isEqualTo(String.valueOf(shipped));
        });
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void qFindsOrdersByAnEmailFragmentIgnoringCase(Credential credential) {
        String email = store.registeredCustomer().path("email").asString();
        String fragment = email.substring(0, email.indexOf('@')).toUpperCase(Locale.ROOT);

        List<JsonNode> found = allPages(credential, "/orders?q=" + fragment, 25);

        assertThat(found)
                .isNotEmpty()
                .allSatisfy(order -> assertThat(order.path("email").asString()).isEqualTo(email));
        assertThat(found)
                .extracting(o -> o.path("number").asString())
                .containsAll(numbers(store.ordersWithRole("registered")));
        long janesInMedusa = medusa.orders("id,email").stream()
                .filter(o -> o.path("email").asString().equals(email))
                .count();
        assertThat(found).hasSize((int) janesInMedusa);
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void statusFiltersUseOmniCartSpellings(Credential credential) {
        Map<String, String> medusaStatus =
                Map.of("pending", "pending", "completed", "completed", "cancelled", "canceled", "archived", "archived");
        Map<String, Long> inMedusa = new TreeMap<>();
        medusa.orders("id,status").forEach(o -> inMedusa.merge(o.path("status").asString(), 1L, Long::sum));

        for (Map.Entry<String, String> status : medusaStatus.entrySet()) {
            List<JsonNode> found = allPages(credential, "/orders?status=" + status.getKey(), 10);
            assertThat(found)
                    .as("status=%s", status.getKey())
                    .allSatisfy(o -> assertThat(o.path("status").asString()).isEqualTo(status.getKey()))
                    .hasSize(inMedusa.getOrDefault(status.getValue(), 0L).intValue());
        }
        assertThat(numbersOf(allPages(credential, "/orders?status=cancelled", 10)))
                .contains(String.valueOf(store.onlyOrderWithRole("canceled")));
        assertThat(numbersOf(allPages(credential, "/orders?status=completed", 10)))
                .contains(String.valueOf(store.onlyOrderWithRole("completed")));
        assertThat(numbersOf(allPages(credential, "/orders?status=pending", 10)))
                .contains(
                        String.valueOf(store.onlyOrderWithRole("captured")),
                        String.valueOf(store.onlyOrderWithRole("usd")));
        List<JsonNode> either = allPages(credential, "/orders?status=cancelled,completed", 10);
        assertThat(either)
                .extracting(o -> o.path("status").asString())
                .containsOnly("cancelled", "completed")
                .contains("cancelled", "completed");
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void theShippedOrderShowsItsItemsTotalsAddressesAndTracking(Credential credential) {
        int number = store.onlyOrderWithRole("shipped");
        JsonNode seeded = store.order(number);

        JsonNode order = read(credential, "/orders/" + orderId(credential, number));

        assertThat(order.path("number").asString()).isEqualTo(String.valueOf(number));
        assertThat(order.path("status").asString()).isEqualTo("pending");
        assertThat(order.path("paymentStatus").asString()).isEqualTo("authorized");
        assertThat(order.path("fulfillmentStatus").asString()).isEqualTo("shipped");
        assertThat(order.path("email").asString())
                .isEqualTo(seeded.path("email").asString());
        assertThat(order.path("customer").path("type").asString()).isEqualTo("guest");
        assertThat(order.path("currency").asString()).isEqualTo("EUR");
        assertThat(new BigDecimal(
                        order.path("totals").path("total").path("amount").asString()))
                .isEqualByComparingTo(seeded.path("total").decimalValue());
        assertThat(order.path("totals").path("total").path("currency").asString())
                .isEqualTo("EUR");
        assertItemsMatch(order, seeded);
        for (String address : List.of("shippingAddress", "billingAddress")) {
            assertThat(order.path(address).path("line1").asString()).as(address).isNotBlank();
            assertThat(order.path(address).path("city").asString()).as(address).isNotBlank();
            assertThat(order.path(address).path("countryCode").asString())
                    .as(address)
                    .matches("[A-Z]{2}");
        }
        assertThat(order.path("shipments")).singleElement().satisfies(shipment -> {
            assertThat(strings(shipment.path("trackingNumbers")))
                    .containsExactly(seeded.path("tracking_number").asString());
            assertThat(shipment.path("shippedAt").asString()).isNotBlank();
        });
        assertThat(order.path("timeline"))
                .extracting(e -> e.path("type").asString())
                .contains("placed", "shipped");
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void capturedCancelledAndUsdOrdersShowTheirStatuses(Credential credential) {
        JsonNode captured = read(credential, "/orders/" + orderId(credential, store.onlyOrderWithRole("captured")));
        assertThat(captured.path("paymentStatus").asString()).isEqualTo("captured");
        assertThat(captured.path("customer").path("type").asString()).isEqualTo("registered");
        assertThat(captured.path("customer").path("email").asString())
                .isEqualTo(store.registeredCustomer().path("email").asString());
        assertItemsMatch(captured, store.order(store.onlyOrderWithRole("captured")));

        JsonNode cancelled = read(credential, "/orders/" + orderId(credential, store.onlyOrderWithRole("canceled")));
        assertThat(cancelled.path("status").asString()).isEqualTo("cancelled");
        assertThat(cancelled.path("paymentStatus").asString()).isEqualTo("canceled");

        int usd = store.onlyOrderWithRole("usd");
        JsonNode dollars = read(credential, "/orders/" + orderId(credential, usd));
        assertThat(dollars.path("currency").asString()).isEqualTo("USD");
        assertThat(new BigDecimal(
                        dollars.path("totals").path("total").path("amount").asString()))
                .isEqualByComparingTo(store.order(usd).path("total").decimalValue());
        assertThat(dollars.path("lineItems"))
                .allSatisfy(line -> assertThat(
                                line.path("unitPrice").path("currency").asString())
                        .isEqualTo("USD"));
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void anUnknownOrderIsNotFound(Credential credential) {
        problem(
                call(credential, HttpMethod.GET, "/orders/order_01E2E0000000000000000NONE", null),
                HttpStatus.NOT_FOUND,
                "not_found");
    }

    // ------------------------------------------------------------------ products and inventory

    @ParameterizedTest
    @EnumSource(Credential.class)
    void productsShowVariantsSkusPricesInBothCurrenciesAndStock(Credential credential) {
        List<JsonNode> products = allPages(credential, "/products", 2);

        assertThat(products)
                .extracting(p -> p.path("handle").asString())
                .containsExactlyInAnyOrderElementsOf(store.products().stream()
                        .map(p -> p.path("handle").asString())
                        .toList());
        for (JsonNode product : products) {
            JsonNode seeded = store.product(product.path("handle").asString());
            assertThat(product.path("title").asString())
                    .isEqualTo(seeded.path("title").asString());
            assertThat(product.path("status").asString())
                    .isEqualTo(seeded.path("status").asString());
            assertProductMatchesSeed(product, seeded);
        }
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void aProductInDetailHasItsOptionsVariantsAndCollection(Credential credential) {
        JsonNode seeded = store.product("e2e-classic-tee");
        String id = medusa.productByHandle("e2e-classic-tee").path("id").asString();

        JsonNode product = read(credential, "/products/" + id);

        assertThat(product.path("handle").asString()).isEqualTo("e2e-classic-tee");
        assertThat(product.path("collection").path("title").asString()).isEqualTo("E2E Basics");
        Map<String, List<String>> options = new TreeMap<>();
        product.path("options").forEach(o -> options.put(o.path("title").asString(), strings(o.path("values"))));
        assertThat(options.keySet()).containsExactlyInAnyOrder("Size", "Color");
        assertThat(options.get("Size"))
                .containsExactlyInAnyOrderElementsOf(
                        strings(seeded.path("options").path("Size")));
        assertThat(options.get("Color"))
                .containsExactlyInAnyOrderElementsOf(
                        strings(seeded.path("options").path("Color")));
        assertThat(product.path("variants")).allSatisfy(variant -> {
            assertThat(variant.path("options").path("Size").asString()).isNotBlank();
            assertThat(variant.path("options").path("Color").asString()).isNotBlank();
        });
        assertProductMatchesSeed(product, seeded);
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void productFiltersByStatusTextAndCollection(Credential credential) {
        assertThat(data(read(credential, "/products?status=draft")))
                .extracting(p -> p.path("handle").asString())
                .containsExactly("e2e-wool-socks");
        assertThat(data(read(credential, "/products?q=sneaker")))
                .extracting(p -> p.path("handle").asString())
                .containsExactly("e2e-canvas-sneaker");
        JsonNode summer = medusa.collectionByHandle("e2e-summer").orElseThrow();
        assertThat(allPages(
                        credential,
                        "/products?collectionId=" + summer.path("id").asString(),
                        25))
                .extracting(p -> p.path("handle").asString())
                .containsExactlyInAnyOrderElementsOf(
                        strings(seededCollection("e2e-summer").path("products")));
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void inventoryBySkuIsTheStockedQuantityInMedusa(Credential credential) {
        JsonNode levels = read(credential, "/inventory?sku=E2E-TEE-BLK-M,E2E-SNEAKER-BLK-43,E2E-NO-SUCH-SKU");

        assertThat(data(levels))
                .extracting(l -> l.path("sku").asString())
                .containsExactlyInAnyOrder("E2E-TEE-BLK-M", "E2E-SNEAKER-BLK-43");
        for (JsonNode level : data(levels)) {
            assertThat(level.path("quantity").asInt())
                    .as(level.toString())
                    .isEqualTo(medusa.stockedQuantity(level.path("sku").asString()));
            assertThat(level.path("locationId").asString()).startsWith("sloc_");
        }
        assertThat(data(levels))
                .filteredOn(l -> l.path("sku").asString().equals("E2E-SNEAKER-BLK-43"))
                .singleElement()
                .satisfies(l -> assertThat(l.path("quantity").asInt()).isZero());
    }

    // ------------------------------------------------------------------ customers

    @ParameterizedTest
    @EnumSource(Credential.class)
    void customersAreRegisteredOrGuests(Credential credential) {
        String jane = store.registeredCustomer().path("email").asString();
        String guest = store.guestCustomer().path("email").asString();

        List<JsonNode> customers = allPages(credential, "/customers", 25);

        assertThat(customers).hasSize((int) medusa.count("/admin/customers"));
        JsonNode registered = byEmail(customers, jane);
        assertThat(registered.path("type").asString()).isEqualTo("registered");
        assertThat(registered.path("firstName").asString())
                .isEqualTo(store.registeredCustomer().path("first_name").asString());
        assertThat(registered.path("lastName").asString())
                .isEqualTo(store.registeredCustomer().path("last_name").asString());
        assertThat(registered.path("addresses")).singleElement().satisfies(address -> {
            assertThat(address.path("city").asString()).isEqualTo("Berlin");
            assertThat(address.path("countryCode").asString()).isEqualTo("DE");
        });
        JsonNode guestBuyer = byEmail(customers, guest);
        assertThat(guestBuyer.path("type").asString()).isEqualTo("guest");
        assertThat(guestBuyer.path("addresses")).isEmpty();

        assertThat(data(read(credential, "/customers?q=" + jane.substring(0, 4))))
                .extracting(c -> c.path("email").asString())
                .contains(jane)
                .doesNotContain(guest);
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void aCustomerInDetailAndTheirOrderHistory(Credential credential) {
        String jane = store.registeredCustomer().path("email").asString();
        String id = medusa.customerByEmail(jane).path("id").asString();

        JsonNode customer = read(credential, "/customers/" + id);
        assertThat(customer.path("email").asString()).isEqualTo(jane);
        assertThat(customer.path("type").asString()).isEqualTo("registered");
        assertThat(customer.path("phone").asString()).isNotBlank();

        List<JsonNode> history = allPages(credential, "/customers/" + id + "/orders", 1);
        assertThat(history)
                .allSatisfy(o -> assertThat(o.path("email").asString()).isEqualTo(jane))
                .extracting(o -> o.path("number").asString())
                .containsAll(numbers(store.ordersWithRole("registered")))
                .doesNotContain(store.draftOrder().path("display_id").asString());

        String guestId = medusa.customerByEmail(
                        store.guestCustomer().path("email").asString())
                .path("id")
                .asString();
        JsonNode guestPage = read(credential, "/customers/" + guestId + "/orders?limit=2");
        assertThat(data(guestPage)).hasSize(2);
        assertThat(guestPage.path("page").path("nextCursor").isNull()).isFalse();
        assertThat(allPages(credential, "/customers/" + guestId + "/orders", 2))
                .extracting(o -> o.path("number").asString())
                .containsAll(numbers(store.ordersWithRole("guest")));
    }

    // ------------------------------------------------------------------ collections and drafts

    @ParameterizedTest
    @EnumSource(Credential.class)
    void collectionsWithTheirProducts(Credential credential) {
        List<JsonNode> collections = allPages(credential, "/collections", 1);
        for (JsonNode seeded : store.collections()) {
            String handle = seeded.path("handle").asString();
            JsonNode listed = collections.stream()
                    .filter(c -> c.path("handle").asString().equals(handle))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("collection " + handle + " not listed: " + collections));
            assertThat(listed.path("title").asString())
                    .isEqualTo(seeded.path("title").asString());
            assertThat(listed.path("productCount").asInt())
                    .isEqualTo(seeded.path("products").size());

            String id = listed.path("id").asString();
            JsonNode detail = read(credential, "/collections/" + id);
            assertThat(detail.path("handle").asString()).isEqualTo(handle);
            assertThat(allPages(credential, "/collections/" + id + "/products", 2))
                    .extracting(p -> p.path("handle").asString())
                    .containsExactlyInAnyOrderElementsOf(strings(seeded.path("products")));
        }
        problem(
                call(credential, HttpMethod.GET, "/collections/pcol_01E2E00000000000000000NONE", null),
                HttpStatus.NOT_FOUND,
                "not_found");
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void theSeededDraftOrderIsListedWithItsLines(Credential credential) {
        JsonNode seeded = store.draftOrder();
        String number = seeded.path("display_id").asString();

        List<JsonNode> drafts = allPages(credential, "/draft-orders", 5);
        assertThat(drafts).hasSize(medusa.draftOrders("id").size());
        JsonNode listed = drafts.stream()
                .filter(d -> d.path("number").asString().equals(number))
                .findFirst()
                .orElseThrow(() -> new AssertionError("draft #" + number + " not listed"));

        JsonNode draft = read(credential, "/draft-orders/" + listed.path("id").asString());
        assertThat(draft.path("email").asString())
                .isEqualTo(seeded.path("email").asString());
        assertThat(draft.path("currency").asString()).isEqualTo("EUR");
        assertThat(draft.path("regionId").asString()).startsWith("reg_");
        assertThat(new BigDecimal(
                        draft.path("totals").path("total").path("amount").asString()))
                .isEqualByComparingTo(seeded.path("total").decimalValue());
        assertItemsMatch(draft, seeded);
        problem(
                call(
                        credential,
                        HttpMethod.GET,
                        "/draft-orders/" + orderId(credential, store.onlyOrderWithRole("completed")),
                        null),
                HttpStatus.NOT_FOUND,
                "not_found");
    }

    // ------------------------------------------------------------------ overview and settings

    @ParameterizedTest
    @EnumSource(Credential.class)
    void theOverviewCountsAndSumsWhatMedusaHolds(Credential credential) {
        JsonNode overview = json(
                gateway.get()
                        .uri(path(credential, this, "/overview"))
                        .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                        .exchange(),
                HttpStatus.OK);

        assertThat(overview.path("orderCount").asLong()).isEqualTo(medusa.count("/admin/orders"));
        assertThat(overview.path("customerCount").asLong()).isEqualTo(medusa.count("/admin/customers"));
        assertThat(overview.path("productCount").asLong()).isEqualTo(medusa.count("/admin/products"));
        Map<String, BigDecimal> revenue = new TreeMap<>();
        overview.path("revenue")
                .forEach(m -> revenue.put(
                        m.path("currency").asString().toLowerCase(Locale.ROOT),
                        new BigDecimal(m.path("amount").asString())));
        Map<String, BigDecimal> expected = medusa.revenue();
        Set<String> currencies = new HashSet<>(revenue.keySet());
        currencies.addAll(expected.keySet());
        assertThat(expected).as("the seed sells in EUR and USD").containsKeys("eur", "usd");
        for (String currency : currencies) {
            assertThat(revenue.getOrDefault(currency, BigDecimal.ZERO))
                    .as("revenue in %s", currency)
                    .isEqualByComparingTo(expected.getOrDefault(currency, BigDecimal.ZERO));
        }
        assertThat(OffsetDateTime.parse(overview.path("window").path("from").asString()))
                .isBefore(
                        OffsetDateTime.parse(overview.path("window").path("to").asString()));

        JsonNode again = read(credential, "/overview");
        // Served from a cache (the gateway's response cache or the adapter's overview cache), so not recomputed.
        assertThat(again.path("asOf").asString())
                .as("the second read comes from the cache")
                .isEqualTo(overview.path("asOf").asString());
        assertThat(again.path("orderCount").asLong())
                .isEqualTo(overview.path("orderCount").asLong());
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void settingsShowTheTwoRegionsAndCurrencies(Credential credential) {
        JsonNode settings = read(credential, "/settings");

        assertThat(settings.path("name").asString()).isEqualTo(store.storeName());
        assertThat(settings.path("platform").asString()).isEqualTo("medusa");
        assertThat(settings.path("defaultCurrency").asString()).isEqualTo("EUR");
        List<String> currencies = new ArrayList<>();
        settings.path("currencies")
                .forEach(c -> currencies.add(
                        c.path("code").asString() + (c.path("default").asBoolean() ? "*" : "")));
        assertThat(currencies).containsExactlyInAnyOrder("EUR*", "USD");
        assertThat(settings.path("regions")).hasSize(store.regions().size());
        for (JsonNode seeded : store.regions()) {
            JsonNode region = null;
            for (JsonNode candidate : settings.path("regions")) {
                if (candidate.path("name").asString().equals(seeded.path("name").asString())) {
                    region = candidate;
                }
            }
            assertThat(region).as("region %s", seeded.path("name").asString()).isNotNull();
            assertThat(region.path("currency").asString())
                    .isEqualTo(seeded.path("currency_code").asString().toUpperCase(Locale.ROOT));
            assertThat(strings(region.path("countries")))
                    .containsExactlyInAnyOrderElementsOf(strings(seeded.path("countries")).stream()
                            .map(c -> c.toUpperCase(Locale.ROOT))
                            .toList());
        }
    }

    // ------------------------------------------------------------------ helpers

    /** The order's or draft's lines are the seeded SKUs and quantities. */
    private static void assertItemsMatch(JsonNode order, JsonNode seeded) {
        Map<String, Integer> lines = new TreeMap<>();
        order.path("lineItems")
                .forEach(l ->
                        lines.merge(l.path("sku").asString(), l.path("quantity").asInt(), Integer::sum));
        Map<String, Integer> expected = new TreeMap<>();
        seeded.path("items")
                .forEach(i -> expected.merge(
                        i.path("sku").asString(), i.path("quantity").asInt(), Integer::sum));
        assertThat(lines).isEqualTo(expected);
        order.path("lineItems").forEach(line -> {
            assertThat(line.path("title").asString()).isNotBlank();
            assertThat(line.path("variantId").asString()).startsWith("variant_");
            assertThat(line.path("unitPrice").path("amount").asString()).matches("\\d+\\.\\d{2}");
        });
    }

    /** Variants, SKUs, EUR and USD prices as seeded; stock as Medusa computes it now. */
    private void assertProductMatchesSeed(JsonNode product, JsonNode seeded) {
        Map<String, JsonNode> variants = new TreeMap<>();
        product.path("variants").forEach(v -> variants.put(v.path("sku").asString(), v));
        List<String> skus = new ArrayList<>();
        seeded.path("variants").forEach(v -> skus.add(v.path("sku").asString()));
        assertThat(variants.keySet()).containsExactlyInAnyOrderElementsOf(skus);
        for (JsonNode variant : variants.values()) {
            Map<String, BigDecimal> prices = new TreeMap<>();
            variant.path("prices")
                    .forEach(p -> prices.put(
                            p.path("currency").asString(),
                            new BigDecimal(p.path("amount").asString())));
            assertThat(prices.keySet()).as(variant.toString()).containsExactlyInAnyOrder("EUR", "USD");
            assertThat(prices.get("EUR"))
                    .isEqualByComparingTo(seeded.path("prices").path("eur").decimalValue());
            assertThat(prices.get("USD"))
                    .isEqualByComparingTo(seeded.path("prices").path("usd").decimalValue());
            JsonNode inMedusa = medusa.variantBySku(variant.path("sku").asString());
            assertThat(variant.path("inventoryQuantity").isIntegralNumber())
                    .as(variant.toString())
                    .isTrue();
            assertThat(variant.path("inventoryQuantity").asInt())
                    .as("stock of %s", variant.path("sku").asString())
                    .isEqualTo(inMedusa.path("inventory_quantity").asInt());
        }
    }

    private JsonNode seededCollection(String handle) {
        return store.collections().stream()
                .filter(c -> c.path("handle").asString().equals(handle))
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode byEmail(List<JsonNode> customers, String email) {
        return customers.stream()
                .filter(c -> c.path("email").asString().equals(email))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no customer " + email + " in " + customers));
    }

    private static List<String> numbers(List<Integer> displayIds) {
        return displayIds.stream().map(String::valueOf).toList();
    }

    private static List<String> numbersOf(List<JsonNode> orders) {
        return orders.stream().map(o -> o.path("number").asString()).toList();
    }
}
