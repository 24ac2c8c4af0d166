package io.omnicart.adapter.opencart.client;

import io.omnicart.adapter.opencart.error.OpenCartErrorTranslator;
import io.omnicart.adapter.opencart.error.OpenCartLoginRefusal;
import io.omnicart.core.spi.Secret;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the answer of a native login route (reference §4, §11, samples {@code login-*.json}, {@code oc40/login-*}).
 * Shapes, not texts, decide (stores may be translated): a non-empty {@code api_token} is a session; 3.0's {@code []} is
 * a wrong key or disabled user; an {@code error} naming an IP address (3.0: the {@code ip} member, 4.0: the string) is
 * the allow-list; 404 means this route does not exist on the store (try the next protocol); 4.1 answers 403 JSON
 * (then its signed API is tried).
 */
final class OpenCartLoginReplies {

    /** An IPv4 address, or an IPv6 address of at least two groups. */
    private static final Pattern IP = Pattern.compile(
            "(?<![\\w.:])((?:\\d{1,3}\\.){3}\\d{1,3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![\\w.:])");

    private OpenCartLoginReplies() {}

    /** The result, or empty when this route does not exist on the store (404): the caller tries the next protocol. */
    static Optional<OpenCartLoginResult> interpret(
            OpenCartVersion attempted, OpenCartReply reply, OpenCartErrorTranslator errors) {
        if (reply.status() == 404) {
            return Optional.empty();
        }
        if (reply.status() == 429 || reply.status() >= 500) {
            throw errors.fromStatus(reply, "login", null);
        }
        Optional<JsonNode> json = OpenCartJson.parse(reply.body());
        if (reply.status() == 403 && json.isPresent()) {
            return Optional.of(refused(OpenCartLoginRefusal.SIGNED_API_ONLY, null, message(json.get())));
        }
        if (!reply.isSuccess() || json.isEmpty()) {
            return Optional.of(notOpenCart(reply));
        }
        return Optional.of(read(attempted, json.get()));
    }

    private static OpenCartLoginResult read(OpenCartVersion attempted, JsonNode json) {
        if (json.isArray()) {
            return json.isEmpty()
                    ? refused(OpenCartLoginRefusal.WRONG_KEY, null, "[]")
                    : refused(OpenCartLoginRefusal.NOT_OPENCART, null, "a JSON list");
        }
        String token = text(json.get("api_token"));
        if (token != null) {
            return new OpenCartLoginResult.Started(attempted, Secret.of(token));
        }
        JsonNode error = json.get("error");
        if (error != null && !error.isNull()) {
            return refusal(error);
        }
        if (text(json.get("token")) != null) {
            return refused(OpenCartLoginRefusal.VERSION_UNSUPPORTED, null, "a 2.x session token");
        }
        return refused(OpenCartLoginRefusal.NOT_OPENCART, null, "JSON without api_token or error");
    }

    /** 3.0: {@code {"ip": …, "key": …}}; 4.0: one string. The IP message names the caller's address. */
    private static OpenCartLoginResult refusal(JsonNode error) {
        String ipMessage = error.isObject() ? text(error.get("ip")) : null;
        String message = ipMessage != null ? ipMessage : message(error);
        String ip = firstIp(message);
        boolean ipRefusal = ipMessage != null || ip != null;
        return ipRefusal
                ? refused(OpenCartLoginRefusal.IP_NOT_ALLOWED, ip, message)
                : refused(OpenCartLoginRefusal.WRONG_KEY, null, message);
    }

    private static OpenCartLoginResult notOpenCart(OpenCartReply reply) {
        String what = reply.isHtml() ? "an HTML page" : "no OpenCart API reply";
        return refused(OpenCartLoginRefusal.NOT_OPENCART, null, "HTTP " + reply.status() + " with " + what);
    }

    private static OpenCartLoginResult.Refused refused(
            OpenCartLoginRefusal refusal, @Nullable String ip, String message) {
        return new OpenCartLoginResult.Refused(refusal, ip, OpenCartErrorTranslator.clean(message));
    }

    static @Nullable String firstIp(@Nullable String message) {
        if (message == null) {
            return null;
        }
        Matcher matcher = IP.matcher(message);
        while (matcher.find()) {
            String candidate = matcher.group(1);
            if (candidate.contains(".")
                    || candidate.chars().filter(c -> c == ':').count() >= 2) {
                return candidate;
            }
        }
        return null;
    }

    private static String message(JsonNode node) {
        if (node.isString()) {
            return node.asString();
        }
        JsonNode error = node.get("error");
        if (error != null && error != node) {
            return message(error);
        }
        StringBuilder joined = new StringBuilder();
        node.values()
                .forEach(value -> joined.append(joined.isEmpty() ? "" : " ").append(value.asString("")));
        return joined.toString();
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        if (node == null || !node.isString() || node.asString().isBlank()) {
            return null;
        }
        return node.asString();
    }
}
