package io.omnicart.core.error;

import io.omnicart.core.model.Platform;

/** A write on a store that only reads (the built-in demo store). */
public final class ReadOnlyStore extends CommerceException {

    public ReadOnlyStore(Platform platform) {
        super(
                "The " + platform.wire() + " store is read-only: connect your own store to make changes",
                platform,
                null,
                null);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
