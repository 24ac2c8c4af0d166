package io.omnicart.core.spi;

import io.omnicart.core.model.AuthMethod;

/** How a store account authenticates. Every secret part is a {@link Secret}, so records print masked. */
public sealed interface Credentials {

    AuthMethod method();

    /** Medusa secret API key ({@code sk_…}), sent as HTTP Basic with the key as user name. */
    record ApiKey(Secret apiKey) implements Credentials {
        public AuthMethod method() {
            return AuthMethod.API_KEY;
        }
    }

    /** Medusa admin user, exchanged for a JWT. */
    record EmailPassword(String email, Secret password) implements Credentials {
        public AuthMethod method() {
            return AuthMethod.EMAIL_PASSWORD;
        }
    }

    /** Omnium API user, exchanged for a bearer token. */
    record ClientCredentials(String clientId, Secret clientSecret) implements Credentials {
        public AuthMethod method() {
            return AuthMethod.CLIENT_CREDENTIALS;
        }
    }

    /** OpenCart API user (name + key). */
    record ApiUser(String username, Secret apiKey) implements Credentials {
        public AuthMethod method() {
            return AuthMethod.API_USER;
        }
    }

    /** No credentials (the demo store). */
    record None() implements Credentials {
        public AuthMethod method() {
            return AuthMethod.NONE;
        }
    }
}
