package io.omnicart.testkit.simulator.medusa.state;

import org.jspecify.annotations.Nullable;

/**
 * An error Medusa answers with: its HTTP status and the {@code {type, message, code?}} body of its error handler
 * (reference §4). A {@code type} of null gives the auth middleware's bare {@code {"message": …}}.
 */
public final class MedusaFailure extends RuntimeException {

    private final int status;
    private final @Nullable String type;
    private final @Nullable String code;

    public MedusaFailure(int status, @Nullable String type, String message, @Nullable String code) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.code = code;
    }

    public static MedusaFailure notFound(String message) {
        return new MedusaFailure(404, "not_found", message, null);
    }

    public static MedusaFailure invalidData(String message) {
        return new MedusaFailure(400, "invalid_data", message, null);
    }

    public static MedusaFailure notAllowed(String message) {
        return new MedusaFailure(400, "not_allowed", message, null);
    }

    /** Medusa's catch-all for errors it did not anticipate, such as a database enum rejecting a filter value. */
    public static MedusaFailure unknown() {
        return new MedusaFailure(500, "unknown_error", "An unknown error occurred.", "unknown_error");
    }

    public static MedusaFailure duplicate(String message) {
        return new MedusaFailure(422, "duplicate_error", message, "invalid_request_error");
    }

    public static MedusaFailure unauthorized(String message) {
        return new MedusaFailure(401, null, message, null);
    }

    public int status() {
        return status;
    }

    public @Nullable String type() {
        return type;
    }

    public @Nullable String code() {
        return code;
    }
}
