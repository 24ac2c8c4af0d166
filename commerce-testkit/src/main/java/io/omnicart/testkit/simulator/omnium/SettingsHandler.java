package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Tenant settings: order types with their status flags, stores (search wrapper), markets (plain array) — §12 r27. */
final class SettingsHandler {

    private final OmniumStore store;

    SettingsHandler(OmniumStore store) {
        this.store = store;
    }

    SimResponse orderTypes(SimRequest request, List<String> params) {
        return SimResponse.json(200, store.orderTypes().deepCopy());
    }

    SimResponse markets(SimRequest request, List<String> params) {
        return SimResponse.json(200, store.markets().deepCopy());
    }

    SimResponse stores(SimRequest request, List<String> params) {
        ObjectNode wrapper = OmniumJson.object();
        wrapper.set("result", store.stores().deepCopy());
        wrapper.put("totalHits", store.stores().size());
        wrapper.set("facets", OmniumJson.array());
        wrapper.putNull("scrollId");
        return SimResponse.json(200, wrapper);
    }

    SimResponse storeById(SimRequest request, List<String> params) {
        for (JsonNode candidate : store.stores().values()) {
            if (candidate.path("id").asString().equals(params.getFirst())) {
                return SimResponse.json(200, candidate.deepCopy());
            }
        }
        throw OmniumFailure.notFound("Store not found");
    }
}
