package io.omnicart.adapter.omnium.client;

import io.omnicart.core.error.CommerceException;

/**
 * Carries a 403 past the token session: a missing role or scope is not a stale token, so it must not cost an eviction
 * and a fresh login (reference §1: "configuration problem, do not retry"). Unwrapped right after the session.
 */
final class OmniumForbidden extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient CommerceException error;

    OmniumForbidden(CommerceException error) {
        super(error.getMessage(), null, false, false);
        this.error = error;
    }

    CommerceException error() {
        return error;
    }
}
