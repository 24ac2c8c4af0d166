package io.omnicart.adapter.opencart.client;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A store's answer as received: status, content type, body text and {@code Retry-After}, before any interpretation. */
public record OpenCartReply(
        int status,
        @Nullable String contentType,
        String body,
        @Nullable String retryAfter,
        @Nullable String bridgeVersion) {

    /** The header every answer of the bridge carries, whatever its status (bridge PROTOCOL.md §1). */
    public static final String BRIDGE_HEADER = "X-OmniCart-Bridge";

    public OpenCartReply(int status, @Nullable String contentType, String body, @Nullable String retryAfter) {
        this(status, contentType, body, retryAfter, null);
    }

    /** Whether the bridge itself answered (as opposed to the web server or OpenCart, e.g. its 404 page). */
    public boolean fromBridge() {
        return bridgeVersion != null;
    }

    /** Whether the store answered with an HTML page (its 404, maintenance or storefront page), not an API reply. */
    public boolean isHtml() {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String start = body.stripLeading().toLowerCase(Locale.ROOT);
        return type.startsWith("text/html") && !OpenCartJson.looksLikeJson(body)
                || start.startsWith("<!doctype")
                || start.startsWith("<html");
    }

    public boolean isSuccess() {
        return status >= 200 && status <= 299;
    }

    @Override
    public String toString() {
        return "OpenCartReply[" + status + " " + contentType + ", " + body.length() + " chars]";
    }
}
