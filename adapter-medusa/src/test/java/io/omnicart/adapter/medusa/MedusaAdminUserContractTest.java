package io.omnicart.adapter.medusa;

import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.testkit.simulator.medusa.MedusaSimulator;

/** The whole adapter contract again, with an admin e-mail and password exchanged for a JWT. */
class MedusaAdminUserContractTest extends MedusaAdapterContractTest {

    @Override
    protected Credentials credentials() {
        return simulator().emailPasswordCredentials();
    }

    @Override
    protected Credentials wrongCredentials() {
        return new Credentials.EmailPassword(MedusaSimulator.ADMIN_EMAIL, Secret.of("not-the-password"));
    }

    @Override
    protected boolean usesTokens() {
        return true;
    }
}
