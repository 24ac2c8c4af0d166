package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Customers (reference §8, §12 r26): get by id, search with the paging caps, filters {@code email}, {@code query}. */
final class CustomersHandler {

    private final OmniumStore store;
    private final OmniumOptions options;

    CustomersHandler(OmniumStore store, OmniumOptions options) {
        this.store = store;
        this.options = options;
    }

    SimResponse get(SimRequest request, List<String> params) {
        return SimResponse.json(200, store.customer(params.getFirst()).deepCopy());
    }

    SimResponse search(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        String email = OmniumJson.text(body, "email");
        String query = OmniumJson.text(body, "query");
        List<ObjectNode> matching = store.customers().stream()
                .filter(customer -> email == null
                        || email.equalsIgnoreCase(customer.path("email").asString()))
                .filter(customer -> query == null || mentions(customer, query))
                .toList();
        return SimResponse.json(200, OmniumPaging.searchPage(body, options, matching));
    }

    private static boolean mentions(ObjectNode customer, String query) {
        String needle = query.toLowerCase(Locale.ROOT);
        return customer.toString().toLowerCase(Locale.ROOT).contains(needle);
    }
}
