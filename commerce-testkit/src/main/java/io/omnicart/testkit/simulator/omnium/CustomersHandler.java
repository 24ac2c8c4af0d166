package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.http.QueryParams;
import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Customers (reference §8, §12 r26): the generic {@code /api/customers} get and search (either type) and the typed
 * private ({@code B2C}) and business ({@code B2B}) endpoints: get, search, scroll (private), GET lists with
 * {@code changedSince}, business customer by contact e-mail. {@code query} is free text over names, company, e-mail,
 * phone, customer number and address (as Omnium documents it).
 */
final class CustomersHandler {

    static final String SCROLL_KIND = "privateCustomers";
    private static final String PRIVATE = "B2C";
    private static final String BUSINESS = "B2B";

    private final OmniumStore store;
    private final OmniumOptions options;
    private final OmniumCaller caller;
    private final OmniumScrolls scrolls;

    CustomersHandler(OmniumStore store, OmniumOptions options, OmniumCaller caller, OmniumScrolls scrolls) {
        this.store = store;
        this.options = options;
        this.caller = caller;
        this.scrolls = scrolls;
    }

    SimResponse get(SimRequest request, List<String> params) {
        return SimResponse.json(
                200, caller.check(store.customer(params.getFirst())).deepCopy());
    }

    SimResponse getPrivate(SimRequest request, List<String> params) {
        return SimResponse.json(200, typed(params.getFirst(), PRIVATE));
    }

    SimResponse getBusiness(SimRequest request, List<String> params) {
        return SimResponse.json(200, typed(params.getFirst(), BUSINESS));
    }

    private ObjectNode typed(String id, String type) {
        ObjectNode customer = caller.check(store.customer(id));
        if (!type.equals(customer.path("customerType").asString())) {
            throw OmniumFailure.notFound("Customer not found");
        }
        return customer.deepCopy();
    }

    SimResponse search(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        return SimResponse.json(200, OmniumPaging.searchPage(body, options, matching(body, null)));
    }

    SimResponse searchPrivate(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        return SimResponse.json(200, OmniumPaging.searchPage(body, options, matching(body, PRIVATE)));
    }

    SimResponse searchBusiness(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        return SimResponse.json(200, OmniumPaging.searchPage(body, options, matching(body, BUSINESS)));
    }

    SimResponse startScrollPrivate(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        Integer take = OmniumJson.integer(body, "take");
        String id = scrolls.start(
                SCROLL_KIND, matching(body, PRIVATE), take == null || take <= 0 ? options.defaultScrollBatch() : take);
        return SimResponse.json(200, OmniumScrolls.wrapper(scrolls.next(SCROLL_KIND, id)));
    }

    SimResponse continueScrollPrivate(SimRequest request, List<String> params) {
        return SimResponse.json(200, OmniumScrolls.wrapper(scrolls.next(SCROLL_KIND, params.getFirst())));
    }

    SimResponse allPrivate(SimRequest request, List<String> params) {
        return SimResponse.json(200, OmniumPaging.listPage(request.query(), changed(request.query(), PRIVATE)));
    }

    SimResponse allBusiness(SimRequest request, List<String> params) {
        return SimResponse.json(200, OmniumPaging.listPage(request.query(), changed(request.query(), BUSINESS)));
    }

    /** {@code GET /api/BusinessCustomers/GetBusinessCustomerByContactEmail?email=}. */
    SimResponse businessByContactEmail(SimRequest request, List<String> params) {
        String email = request.query().single("email");
        if (email == null) {
            throw OmniumFailure.badRequest("email is required");
        }
        for (ObjectNode customer : caller.visible(store.customers())) {
            if (!BUSINESS.equals(customer.path("customerType").asString())) {
                continue;
            }
            for (JsonNode contact : customer.path("contacts").values()) {
                if (email.equalsIgnoreCase(contact.path("email").asString())) {
                    return SimResponse.json(200, customer.deepCopy());
                }
            }
        }
        throw OmniumFailure.notFound("Customer not found");
    }

    private List<ObjectNode> changed(QueryParams query, String type) {
        String changedSince = query.single("changedSince");
        Instant since = changedSince == null ? null : OmniumJson.parseTime(changedSince);
        return caller.visible(store.customers()).stream()
                .filter(customer -> type.equals(customer.path("customerType").asString()))
                .filter(customer -> since == null || modifiedAfter(customer, since))
                .toList();
    }

    private boolean modifiedAfter(ObjectNode customer, Instant since) {
        Instant modified = OmniumJson.parseTime(customer.path("modified").asString());
        return options.changedSinceExclusive() ? modified.isAfter(since) : !modified.isBefore(since);
    }

    private List<ObjectNode> matching(JsonNode body, @Nullable String type) {
        String email = OmniumJson.text(body, "email");
        String phone = OmniumJson.text(body, "phone");
        String query = OmniumJson.text(body, "query");
        String customerId = OmniumJson.text(body, "customerId");
        String taxId = OmniumJson.text(body, "taxId");
        List<String> ids = OmniumJson.strings(body, "customerIds");
        List<String> numbers = OmniumJson.strings(body, "customerNumbers");
        List<String> markets = OmniumJson.strings(body, "marketIds");
        List<String> stores = OmniumJson.strings(body, "storeIds");
        List<String> tags = OmniumJson.strings(body, "tags");
        JsonNode inactive = OmniumJson.field(body, "isInactive");
        JsonNode club = OmniumJson.field(body, "isCustomerClubMember");
        Instant modifiedFrom = instant(body, "modifiedFrom");
        Instant createdFrom = instant(body, "createdFrom");
        List<ObjectNode> matching = caller.visible(store.customers()).stream()
                .filter(customer -> type == null
                        || type.equals(customer.path("customerType").asString()))
                .filter(customer -> email == null
                        || email.equalsIgnoreCase(customer.path("email").asString()))
                .filter(customer ->
                        phone == null || phone.equals(customer.path("phone").asString()))
                .filter(customer -> customerId == null
                        || customerId.equals(customer.path("customerId").asString()))
                .filter(customer ->
                        taxId == null || taxId.equals(customer.path("taxId").asString()))
                .filter(customer -> ids.isEmpty()
                        || ids.contains(customer.path("customerId").asString()))
                .filter(customer -> numbers.isEmpty()
                        || numbers.contains(customer.path("customerNumber").asString()))
                .filter(customer -> markets.isEmpty()
                        || markets.contains(customer.path("marketId").asString()))
                .filter(customer -> stores.isEmpty()
                        || OmniumJson.strings(customer.get("storeIds")).stream().anyMatch(stores::contains))
                .filter(customer -> OmniumJson.strings(customer.get("tags")).containsAll(tags))
                .filter(customer ->
                        inactive == null || customer.path("isInactive").asBoolean() == inactive.asBoolean())
                .filter(customer ->
                        club == null || customer.path("isCustomerClubMember").asBoolean() == club.asBoolean())
                .filter(customer -> modifiedFrom == null
                        || !OmniumJson.parseTime(customer.path("modified").asString())
                                .isBefore(modifiedFrom))
                .filter(customer -> createdFrom == null
                        || !OmniumJson.parseTime(customer.path("created").asString())
                                .isBefore(createdFrom))
                .filter(customer -> query == null || mentions(customer, query))
                .toList();
        String sort = OmniumJson.text(body, "sortOrder");
        if (sort == null) {
            return matching;
        }
        Comparator<ObjectNode> byId =
                Comparator.comparing(customer -> customer.path("customerId").asString());
        Comparator<ObjectNode> created =
                Comparator.comparing(customer -> customer.path("created").asString());
        Comparator<ObjectNode> modified =
                Comparator.comparing(customer -> customer.path("modified").asString());
        Comparator<ObjectNode> order = switch (sort.toLowerCase(Locale.ROOT)) {
            case "createdascending" -> created.thenComparing(byId);
            case "createddescending" -> created.reversed().thenComparing(byId);
            case "modifiedascending" -> modified.thenComparing(byId);
            case "modifieddescending" -> modified.reversed().thenComparing(byId);
            default -> byId;
        };
        return matching.stream().sorted(order).toList();
    }

    private static @Nullable Instant instant(JsonNode body, String name) {
        String text = OmniumJson.text(body, name);
        return text == null ? null : OmniumJson.parseTime(text);
    }

    /** Free text over names, company, contacts, e-mail, phone, customer number and addresses. */
    private static boolean mentions(ObjectNode customer, String query) {
        String needle = query.toLowerCase(Locale.ROOT);
        StringBuilder haystack = new StringBuilder();
        for (String field : List.of("firstName", "lastName", "fullName", "name", "email", "phone", "customerNumber")) {
            haystack.append(customer.path(field).asString("")).append('\n');
        }
        for (JsonNode contact : customer.path("contacts").values()) {
            haystack.append(contact.path("firstName").asString(""))
                    .append(' ')
                    .append(contact.path("lastName").asString(""))
                    .append('\n')
                    .append(contact.path("email").asString(""))
                    .append('\n');
        }
        for (JsonNode address : customer.path("addresses").values()) {
            for (String field : List.of("line1", "line2", "postalCode", "city", "countryCode")) {
                haystack.append(address.path(field).asString("")).append('\n');
            }
        }
        String text = haystack.toString().toLowerCase(Locale.ROOT);
        return text.contains(needle);
    }
}
