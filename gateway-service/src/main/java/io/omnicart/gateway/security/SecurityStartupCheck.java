package io.omnicart.gateway.security;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Checks the caller-security settings as soon as the configuration is known, before any bean (database pool, Redis
 * client, …) is created, so an insecure production set-up fails fast with Boot's failure report.
 */
public class SecurityStartupCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        SecurityProperties properties =
                Binder.get(event.getEnvironment()).bindOrCreate("omnicart.security", SecurityProperties.class);
        CallerTokenVerification.from(properties, event.getEnvironment());
    }
}
