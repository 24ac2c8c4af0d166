package io.omnicart.adapter.medusa.error;

/** A 200 answer of {@code POST /auth/user/emailpass} that carries no usable session (reference §2.1). */
public enum MedusaLoginRefusal {
    MFA_REQUIRED(
            "mfa_required",
            "The Medusa admin user has multi-factor authentication enabled, which the gateway cannot complete: "
                    + "connect with a secret API key (sk_…) instead"),
    VERIFICATION_REQUIRED(
            "verification_required",
            "The Medusa admin user has not verified its e-mail address yet: verify it in Medusa, or connect with a "
                    + "secret API key (sk_…)"),
    REDIRECT(
            "auth_rejected",
            "Medusa answered the login with a redirect to a third-party provider: connect with a secret API key "
                    + "(sk_…) or an e-mail and password user"),
    NO_TOKEN("auth_rejected", "Medusa answered the login without a token");

    private final String reason;
    private final String message;

    MedusaLoginRefusal(String reason, String message) {
        this.reason = reason;
        this.message = message;
    }

    public String reason() {
        return reason;
    }

    public String message() {
        return message;
    }
}
