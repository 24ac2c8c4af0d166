package io.omnicart.testkit.simulator.medusa.handler;

import io.omnicart.testkit.simulator.medusa.MedusaLoginChallenge;
import java.time.Duration;

/** Switches a test can flip on a running simulator; read on every request. */
public final class MedusaBehavior {

    /** Medusa's default {@code jwtExpiresIn} is one day (reference §2.1). */
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofDays(1);

    private volatile MedusaLoginChallenge loginChallenge = MedusaLoginChallenge.NONE;
    private volatile Duration tokenLifetime = DEFAULT_TOKEN_LIFETIME;

    public MedusaLoginChallenge loginChallenge() {
        return loginChallenge;
    }

    public void loginChallenge(MedusaLoginChallenge value) {
        loginChallenge = value;
    }

    public Duration tokenLifetime() {
        return tokenLifetime;
    }

    public void tokenLifetime(Duration value) {
        tokenLifetime = value;
    }

    public void reset() {
        loginChallenge = MedusaLoginChallenge.NONE;
        tokenLifetime = DEFAULT_TOKEN_LIFETIME;
    }
}
