package io.omnicart.gateway.security;

/** The caller-security settings would let anyone mint tokens, or name no way to verify them: the gateway stops. */
public class InsecureSecurityConfigurationException extends IllegalStateException {

    private final String action;

    public InsecureSecurityConfigurationException(String message, String action) {
        super(message);
        this.action = action;
    }

    /** What the operator should change. */
    public String action() {
        return action;
    }
}
