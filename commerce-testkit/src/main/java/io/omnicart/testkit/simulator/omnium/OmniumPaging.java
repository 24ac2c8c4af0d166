package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.http.QueryParams;
import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Omnium's paging rules (reference §2, §12 r9–r11): POST searches take a 0-based {@code page} and {@code take ≤ 100}
 * with {@code take × page ≤ 10,000}; GET lists take a 1-based {@code page} and {@code pageSize} 1..100.
 */
final class OmniumPaging {

    static final int MAX_TAKE = 100;
    static final int MAX_WINDOW = 10_000;
    /** Items one AddMany/UpdateMany/PatchMany call may carry (customers: 100), reference §2. */
    static final int MAX_BATCH = 1_000;

    static final int MAX_CUSTOMER_BATCH = 100;

    private OmniumPaging() {}

    /** The page of {@code items} a POST search asks for, in the search wrapper. */
    static ObjectNode searchPage(JsonNode body, OmniumOptions options, List<? extends JsonNode> items) {
        int take = take(body, options);
        Integer pageParam = OmniumJson.integer(body, "page");
        int page = pageParam == null ? 0 : pageParam;
        if (page < 0 || (long) take * page > MAX_WINDOW) {
            throw OmniumFailure.badRequest("take * page must not exceed " + MAX_WINDOW);
        }
        ObjectNode wrapper = slice(items, (long) take * page, take, null);
        wrapper.set("facets", OmniumJson.array());
        wrapper.put("isValid", true);
        return wrapper;
    }

    /** The page of {@code items} a GET list asks for ({@code page} from 1, {@code pageSize} 1..100, default 20). */
    static ObjectNode listPage(QueryParams query, List<? extends JsonNode> items) {
        return listPage(query, items, MAX_TAKE);
    }

    /** As {@link #listPage(QueryParams, List)} with another page-size cap. */
    static ObjectNode listPage(QueryParams query, List<? extends JsonNode> items, int maxPageSize) {
        int page = number(query, "page", 1);
        int size = number(query, "pageSize", 20);
        if (page < 1 || size < 1 || size > maxPageSize) {
            throw OmniumFailure.badRequest("page must be at least 1 and pageSize between 1 and " + maxPageSize);
        }
        return slice(items, (long) (page - 1) * size, size, null);
    }

    private static int take(JsonNode body, OmniumOptions options) {
        Integer requested = OmniumJson.integer(body, "take");
        int take = requested == null ? options.defaultTake() : requested;
        if (take < 0
                || (take == 0 && !options.allowTakeZero())
                || (take > MAX_TAKE && options.takeAboveMax() == OmniumOptions.TakeAboveMax.REJECT)) {
            throw OmniumFailure.badRequest("take must be between 0 and " + MAX_TAKE);
        }
        return Math.min(take, MAX_TAKE);
    }

    /** The items of a batch body, or 400 when it is not a list or carries more than {@code max} items. */
    static List<JsonNode> batch(JsonNode body, int max) {
        if (!body.isArray()) {
            throw OmniumFailure.badRequest("A list of items is required");
        }
        if (body.size() > max) {
            throw OmniumFailure.badRequest("At most " + max + " items per call; got " + body.size());
        }
        List<JsonNode> items = new java.util.ArrayList<>();
        body.values().forEach(items::add);
        return items;
    }

    private static int number(QueryParams query, String name, int fallback) {
        String value = query.single(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            throw OmniumFailure.badRequest(name + " must be a number");
        }
    }

    /** {@code count} items from {@code offset} in the wrapper {@code {result, totalHits, scrollId}}. */
    static ObjectNode slice(List<? extends JsonNode> items, long offset, int count, @Nullable String scrollId) {
        int from = (int) Math.min(items.size(), offset);
        int to = Math.min(items.size(), from + count);
        ObjectNode wrapper = OmniumJson.object();
        ArrayNode result = wrapper.putArray("result");
        items.subList(from, to).forEach(item -> result.add(item.deepCopy()));
        wrapper.put("totalHits", items.size());
        wrapper.put("scrollId", scrollId);
        return wrapper;
    }
}
