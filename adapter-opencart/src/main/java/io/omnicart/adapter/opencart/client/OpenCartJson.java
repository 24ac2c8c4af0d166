package io.omnicart.adapter.opencart.client;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads OpenCart's JSON leniently: with its default {@code config_error_display=1} PHP warnings are printed before the
 * JSON ({@code <b>Warning</b>: … on line <b>109</b>{"success":…}}, reference §9), so a body that is not JSON as a
 * whole is read again after such a prefix. A page that merely contains braces (HTML, a stack trace) is not JSON.
 */
public final class OpenCartJson {

    /** One PHP diagnostic as the default error handler prints it (HTML-formatted, optionally wrapped in breaks). */
    private static final Pattern PHP_NOTICES = Pattern.compile(
            "\\A(?:\\s*(?:<br\\s*/?>)?\\s*<b>[A-Za-z ]{3,40}</b>:.*?on line <b>\\d+</b>(?:<br\\s*/?>)?)+\\s*",
            Pattern.DOTALL);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OpenCartJson() {}

    public static JsonMapper mapper() {
        return JSON;
    }

    /** The body as JSON, or empty when it is none (an HTML page, an empty body, broken JSON). */
    public static Optional<JsonNode> parse(String body) {
        String trimmed = body.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        Optional<JsonNode> whole = tryParse(trimmed);
        return whole.isPresent() ? whole : afterNotices(trimmed).flatMap(OpenCartJson::tryParse);
    }

    /** The PHP diagnostics printed before the JSON, or empty when there are none (for a log line). */
    public static Optional<String> noticePrefix(String body) {
        Matcher notices = PHP_NOTICES.matcher(body.strip());
        return notices.lookingAt() ? Optional.of(notices.group().strip()) : Optional.empty();
    }

    static boolean looksLikeJson(String body) {
        String start = afterNotices(body.strip()).orElse(body.strip());
        return start.startsWith("{") || start.startsWith("[");
    }

    private static Optional<String> afterNotices(String body) {
        Matcher notices = PHP_NOTICES.matcher(body);
        return notices.lookingAt() ? Optional.of(body.substring(notices.end())) : Optional.empty();
    }

    private static Optional<JsonNode> tryParse(String text) {
        if (!text.startsWith("{") && !text.startsWith("[")) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(text));
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }
}
