package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tenant settings (reference §5.3, §10, §12 r27): order types with their status flags, order and customer settings,
 * stores (search wrapper, by id, by external id, search), markets (plain array) and market groups.
 */
final class SettingsHandler {

    private final OmniumStore store;
    private final OmniumOptions options;

    SettingsHandler(OmniumStore store, OmniumOptions options) {
        this.store = store;
        this.options = options;
    }

    SimResponse orderTypes(SimRequest request, List<String> params) {
        return SimResponse.json(200, OmniumOrderTypes.served(store.orderTypes(), options.enforceAvailableSteps()));
    }

    /** {@code GET /api/Settings/OrderSettings}: the settings that change what the API answers. */
    SimResponse orderSettings(SimRequest request, List<String> params) {
        ObjectNode settings = OmniumJson.object();
        settings.put("useOrderStatusLog", options.useOrderStatusLog());
        ArrayNode revenueTypes = settings.putArray("includedOrderTypesForRevenueStats");
        for (JsonNode type : store.orderTypes().values()) {
            revenueTypes.add(type.get("name").asString());
        }
        settings.putNull("giftCardCompletedStatus");
        settings.put("defaultOrderType", OmniumOrderTypes.ONLINE);
        return SimResponse.json(200, settings);
    }

    /** {@code GET /api/Settings/CustomerSettings}. */
    SimResponse customerSettings(SimRequest request, List<String> params) {
        ObjectNode settings = OmniumJson.object();
        settings.put("customerIdField", "Guid");
        settings.put("requireUniqueCustomerEmails", false);
        settings.put("requireUniqueCustomerPhoneNumbers", false);
        return SimResponse.json(200, settings);
    }

    SimResponse markets(SimRequest request, List<String> params) {
        return SimResponse.json(200, store.markets().deepCopy());
    }

    /** {@code GET /api/Markets/GetMarketGroups} → {@code [{groupId, groupName, marketIds}]}. */
    SimResponse marketGroups(SimRequest request, List<String> params) {
        return SimResponse.json(200, store.marketGroups().deepCopy());
    }

    /** {@code GET /api/Stores[?filterPublicVisible=true]}: the search wrapper. */
    SimResponse stores(SimRequest request, List<String> params) {
        boolean publicOnly = "true".equalsIgnoreCase(request.query().single("filterPublicVisible"));
        List<JsonNode> stores = new ArrayList<>();
        for (JsonNode candidate : store.stores().values()) {
            if (!publicOnly || candidate.path("isPublicVisible").asBoolean()) {
                stores.add(served(candidate));
            }
        }
        ObjectNode wrapper = OmniumPaging.slice(stores, 0, stores.size(), null);
        wrapper.set("facets", OmniumJson.array());
        wrapper.put("isValid", true);
        return SimResponse.json(200, wrapper);
    }

    SimResponse storeById(SimRequest request, List<String> params) {
        for (JsonNode candidate : store.stores().values()) {
            if (candidate.path("id").asString().equals(params.getFirst())) {
                return SimResponse.json(200, served(candidate));
            }
        }
        throw OmniumFailure.notFound("Store not found");
    }

    /** {@code GET /api/Stores/GetByExternalId?id=}. */
    SimResponse storeByExternalId(SimRequest request, List<String> params) {
        String id = request.query().single("id");
        for (JsonNode candidate : store.stores().values()) {
            for (JsonNode externalId : candidate.path("externalIds").values()) {
                if (externalId.path("id").asString().equals(id)) {
                    return SimResponse.json(200, candidate.deepCopy());
                }
            }
        }
        throw OmniumFailure.notFound("Store not found");
    }

    /** {@code POST /api/Stores/SearchStores}: {@code OmniumResult} with 0-based paging. */
    SimResponse searchStores(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        List<String> ids = OmniumJson.strings(body, "storeIds");
        List<String> markets = OmniumJson.strings(body, "marketIds");
        JsonNode warehouse = OmniumJson.field(body, "isWarehouse");
        boolean includeInactive = OmniumJson.flag(body, "includeInactive");
        String text = OmniumJson.text(body, "searchText");
        List<JsonNode> matching = new ArrayList<>();
        for (JsonNode candidate : store.stores().values()) {
            List<String> available = OmniumJson.strings(candidate.get("availableOnMarkets"));
            if ((ids.isEmpty() || ids.contains(candidate.path("id").asString()))
                    && (markets.isEmpty()
                            || available.isEmpty()
                            || available.stream().anyMatch(markets::contains))
                    && (warehouse == null || candidate.path("isWarehouse").asBoolean() == warehouse.asBoolean())
                    && (includeInactive || !candidate.path("isInactive").asBoolean())
                    && (text == null
                            || candidate
                                    .path("name")
                                    .asString("")
                                    .toLowerCase(Locale.ROOT)
                                    .contains(text.toLowerCase(Locale.ROOT)))) {
                matching.add(candidate);
            }
        }
        ObjectNode page = OmniumPaging.searchPage(body, options, matching);
        page.remove("facets");
        return SimResponse.json(200, page);
    }

    /** A copy of a store as served: without default-warehouse flags when {@link OmniumOptions} turns them off. */
    private JsonNode served(JsonNode candidate) {
        ObjectNode copy = (ObjectNode) candidate.deepCopy();
        if (!options.defaultWarehouseMarked()) {
            copy.put("isPrimaryWarehouse", false);
            copy.put("isWebWarehouse", false);
        }
        return copy;
    }

    SimResponse health(SimRequest request, List<String> params) {
        return SimResponse.text(200, "text/plain; charset=utf-8", "Healthy");
    }
}
