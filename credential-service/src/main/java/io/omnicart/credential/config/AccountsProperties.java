package io.omnicart.credential.config;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code omnicart.accounts.*}: the base-URL policy for store accounts.
 *
 * @param allowInsecureLoopback admit loopback stores, and plain {@code http} for them (tests and local runs only)
 * @param allowedNetworks CIDRs, addresses or host names ({@code *.suffix} allowed) of self-hosted stores on private
 *     networks that the address policy would otherwise refuse; cloud metadata addresses stay refused
 * @param verifyTimeout how long connect/verify waits for the store
 * @param resolveTimeout how long the connect-time DNS lookup may take
 */
@Validated
@ConfigurationProperties("omnicart.accounts")
public record AccountsProperties(
        @DefaultValue("false") boolean allowInsecureLoopback,
        @NotNull @DefaultValue List<String> allowedNetworks,
        @NotNull @DefaultValue("15s") Duration verifyTimeout,
        @NotNull @DefaultValue("5s") Duration resolveTimeout) {}
