package io.omnicart.testkit.simulator.http;

/** What one platform answers in the failure situations a {@code Fault} provokes, when the fault gives no body. */
public interface FaultResponses {

    /** The platform's answer to an expired or revoked token. */
    SimResponse tokenExpired();

    /** A 429 without the {@code Retry-After} header (the engine adds it). */
    SimResponse rateLimited();

    /** The body for an error status: the platform's own for 500, a proxy's for 502/503/504. */
    SimResponse status(int status);

    /** Whether a path is an authentication call (login, refresh) that faults skip by default. */
    boolean isAuthPath(String path);
}
