package io.omnicart.adapter.medusa.error;

import io.omnicart.adapter.medusa.model.MedusaErrorBody;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Medusa's error body {@code {type, message, code}} (reference §4), or what can be said when there is none. */
record MedusaErrorMessage(@Nullable String type, @Nullable String code, String message) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_MESSAGE = 500;

    static MedusaErrorMessage parse(int status, String body) {
        MedusaErrorBody decoded = decode(body);
        if (decoded == null || decoded.message() == null || decoded.message().isBlank()) {
            String type = decoded == null ? null : decoded.type();
            return new MedusaErrorMessage(type, null, "Medusa answered HTTP " + status);
        }
        return new MedusaErrorMessage(decoded.type(), decoded.code(), clean(decoded.message()));
    }

    boolean hasType(String wanted) {
        return wanted.equals(type);
    }

    /**
     * Whether a 400 refuses the action in the resource's state rather than the request's shape: {@code not_allowed}
     * ("Cannot cancel a completed order…"), and {@code invalid_data} that is not a validation message ("Orders … are
     * canceled and cannot be completed", "… cannot be archived"), reference §4 and §5.7.
     */
    boolean isStateRefusal() {
        if (hasType("not_allowed")) {
            return true;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return hasType("invalid_data")
                && !lower.startsWith("invalid request")
                && !lower.contains("unrecognized fields")
                && !lower.contains("expected type");
    }

    private static @Nullable MedusaErrorBody decode(String body) {
        if (body.isBlank() || body.strip().charAt(0) != '{') {
            return null;
        }
        try {
            return JSON.readValue(body, MedusaErrorBody.class);
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private static String clean(String message) {
        String flat = message.replaceAll("\\p{Cntrl}+", " ").strip();
        return flat.length() <= MAX_MESSAGE ? flat : flat.substring(0, MAX_MESSAGE) + "…";
    }
}
