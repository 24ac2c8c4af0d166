package io.omnicart.core.model;

/** How the gateway authenticates to a store; mirrors the {@code credentials.type} of the connect body. */
public enum AuthMethod implements WireValue {
    API_KEY,
    EMAIL_PASSWORD,
    CLIENT_CREDENTIALS,
    API_USER,
    NONE
}
