package io.omnicart.gateway.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an insecure caller-security set-up into Boot's short "APPLICATION FAILED TO START" report. */
class SecurityConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InsecureSecurityConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InsecureSecurityConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
