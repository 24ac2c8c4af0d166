package io.omnicart.testkit.simulator.medusa;

/**
 * What {@code POST /auth/user/emailpass} answers a correct email and password with (reference §2.1): a usable token,
 * or a 200 whose token has no actor and is refused by every {@code /admin} route.
 */
public enum MedusaLoginChallenge {
    /** {@code {"token": …}}. */
    NONE,
    /** {@code {"mfa_required": true, "mfa_challenge": {…}, "token": …}}. */
    MFA_REQUIRED,
    /** {@code {"verification_required": true, "token": …}}. */
    VERIFICATION_REQUIRED
}
