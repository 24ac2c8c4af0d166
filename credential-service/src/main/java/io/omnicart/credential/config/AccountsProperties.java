package io.omnicart.credential.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code omnicart.accounts.*}: the base-URL policy for store accounts and the cache of their decrypted connections.
 *
 * @param allowInsecureLoopback admit loopback stores, and plain {@code http} for them (tests and local runs only)
 * @param allowedNetworks CIDRs, addresses or host names ({@code *.suffix} allowed) of self-hosted stores on private
 *     networks that the address policy would otherwise refuse; cloud metadata addresses stay refused
 * @param verifyTimeout how long connect/verify waits for the store
 * @param resolveTimeout how long the connect-time DNS lookup may take
 * @param connectionCache the per-instance cache of resolved connections
 */
@Validated
@ConfigurationProperties("omnicart.accounts")
public record AccountsProperties(
        @DefaultValue("false") boolean allowInsecureLoopback,
        @NotNull @DefaultValue List<String> allowedNetworks,
        @NotNull @DefaultValue("15s") Duration verifyTimeout,
        @NotNull @DefaultValue("5s") Duration resolveTimeout,
        @Valid @NotNull @DefaultValue CacheSettings connectionCache) {

    /**
     * {@code omnicart.accounts.connection-cache.*}: how long an instance keeps an account's decrypted connection. A
     * change made through another instance reaches this one after at most {@code ttl}; the instance that made it
     * forgets at once. {@code ttl} 0 (or {@code max-size} 0) turns the cache off.
     *
     * @param ttl how long a resolved connection is kept (at most 10 minutes: it bounds how stale a fleet can be)
     * @param maxSize how many connections one instance keeps at most
     */
    public record CacheSettings(
            @NotNull @DurationMin(seconds = 0) @DurationMax(minutes = 10) @DefaultValue("30s")
            Duration ttl,

            @Min(0) @Max(1_000_000) @DefaultValue("10000") long maxSize) {}
}
