package io.omnicart.core.error;

import io.omnicart.core.model.Platform;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The request cannot be served as sent. {@code code} is {@code validation_failed} (with field errors),
 * {@code invalid_cursor} or {@code cursor_expired}.
 */
public final class InvalidRequest extends CommerceException {

    public static final String VALIDATION_FAILED = "validation_failed";
    public static final String INVALID_CURSOR = "invalid_cursor";
    public static final String CURSOR_EXPIRED = "cursor_expired";

    private final String code;
    private final List<FieldError> errors;

    public InvalidRequest(
            String code,
            String message,
            List<FieldError> errors,
            @Nullable Platform platform,
            @Nullable Integer upstreamStatus) {
        super(message, platform, upstreamStatus, null);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public InvalidRequest(List<FieldError> errors) {
        this(VALIDATION_FAILED, describe(errors), errors, null, null);
    }

    public static InvalidRequest field(String field, String message) {
        return new InvalidRequest(List.of(new FieldError(field, message)));
    }

    private static String describe(List<FieldError> errors) {
        return errors.stream()
                .map(e -> e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid request");
    }

    public String code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
