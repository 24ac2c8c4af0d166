package io.omnicart.adapter.demo;

import io.omnicart.core.error.FieldError;
import io.omnicart.core.error.InvalidRequest;
import io.omnicart.core.error.NotFound;
import io.omnicart.core.error.ReadOnlyStore;
import io.omnicart.core.model.Platform;
import java.util.List;

/** The one place where the demo store's refusals become core errors. */
public final class DemoErrorTranslator {

    private DemoErrorTranslator() {}

    /** Every write on the demo store: the gateway answers 403 {@code demo_read_only}. */
    public static ReadOnlyStore readOnly() {
        return new ReadOnlyStore(Platform.DEMO);
    }

    /** An unknown id; {@code resource} is singular snake_case ({@code order}, {@code draft_order}, …). */
    public static NotFound notFound(String resource, String id) {
        return new NotFound(resource, id, Platform.DEMO, null);
    }

    /** A cursor this adapter did not issue for the list at hand. */
    public static InvalidRequest invalidCursor() {
        return new InvalidRequest(
                InvalidRequest.INVALID_CURSOR,
                "The cursor is malformed or does not belong to this list",
                List.of(new FieldError("cursor", "malformed or out of range")),
                Platform.DEMO,
                null);
    }
}
