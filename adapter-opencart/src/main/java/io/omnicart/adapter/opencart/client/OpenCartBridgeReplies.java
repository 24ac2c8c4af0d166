package io.omnicart.adapter.opencart.client;

import io.omnicart.adapter.opencart.error.OpenCartErrorTranslator;
import io.omnicart.adapter.opencart.model.OpenCartPage;
import io.omnicart.adapter.opencart.model.OpenCartPaging;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the bridge's answers (bridge PROTOCOL.md §3): {@code {"data": …}} and {@code {"data": [...], "paging": …}} on
 * success, the {@code error} envelope otherwise. An answer without the bridge's {@code X-OmniCart-Bridge} header is
 * the web server's or OpenCart's, i.e. the bridge is not installed (or a proxy failed in front of it).
 */
final class OpenCartBridgeReplies {

    private final JsonMapper json;
    private final OpenCartErrorTranslator errors;

    OpenCartBridgeReplies(JsonMapper json, OpenCartErrorTranslator errors) {
        this.json = json;
        this.errors = errors;
    }

    /** The {@code data} member of a successful answer, or the matching core error. */
    JsonNode data(OpenCartReply reply, String resource, @Nullable String id) {
        JsonNode root = OpenCartJson.parse(reply.body()).orElse(null);
        JsonNode error = root == null || !root.isObject() ? null : root.get("error");
        if (error != null && error.isObject()) {
            throw errors.fromBridge(reply, text(error, "code"), text(error, "message"), ip(error), resource, id);
        }
        if (reply.status() == 429 || reply.status() >= 500) {
            throw errors.fromStatus(reply, resource, id);
        }
        if (!reply.fromBridge()) {
            throw OpenCartErrorTranslator.bridgeAbsent(reply);
        }
        if (!reply.isSuccess() || root == null || root.get("data") == null) {
            throw OpenCartErrorTranslator.unexpectedReply(
                    "the bridge sent no JSON data for " + resource + " (HTTP " + reply.status() + ")");
        }
        return root.get("data");
    }

    <T> T value(JsonNode data, Class<T> type) {
        if (!data.isObject()) {
            throw OpenCartErrorTranslator.unexpectedReply("the bridge's data is not an object");
        }
        return json.treeToValue(data, type);
    }

    <T> OpenCartPage<T> page(OpenCartReply reply, Class<T> type, String resource) {
        return page(reply, type, resource, null);
    }

    /** A list that belongs to one entity ({@code id}), which a {@code not_found} then names. */
    <T> OpenCartPage<T> page(OpenCartReply reply, Class<T> type, String resource, @Nullable String id) {
        JsonNode data = data(reply, resource, id);
        JsonNode root = OpenCartJson.parse(reply.body()).orElseThrow();
        JsonNode paging = root.get("paging");
        if (!data.isArray() || paging == null || !paging.isObject()) {
            throw OpenCartErrorTranslator.unexpectedReply("the bridge's " + resource + " list has no data or paging");
        }
        List<T> items = new ArrayList<>(data.size());
        data.values().forEach(item -> items.add(json.treeToValue(item, type)));
        return new OpenCartPage<>(items, json.treeToValue(paging, OpenCartPaging.class));
    }

    /** The error code of an answer when it is the bridge's error envelope, else null. */
    static @Nullable String errorCode(OpenCartReply reply) {
        JsonNode root = OpenCartJson.parse(reply.body()).orElse(null);
        JsonNode error = root == null || !root.isObject() ? null : root.get("error");
        return error != null && error.isObject() ? text(error, "code") : null;
    }

    /** {@code details.ip} of an {@code ip_not_allowed} answer: the address the bridge saw. */
    static @Nullable String ip(JsonNode error) {
        JsonNode details = error.get("details");
        JsonNode ip = details == null ? null : details.get("ip");
        return ip != null && ip.isString() && !ip.asString().isBlank() ? ip.asString() : null;
    }

    static @Nullable String ipOf(OpenCartReply reply) {
        JsonNode root = OpenCartJson.parse(reply.body()).orElse(null);
        JsonNode error = root == null || !root.isObject() ? null : root.get("error");
        return error == null ? null : ip(error);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.asString() : "";
    }
}
