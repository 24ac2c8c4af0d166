package io.omnicart.gateway.passthrough;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code omnicart.passthrough.*}: the raw route {@code /v1/accounts/{accountId}/raw/{path}}.
 *
 * @param allowWrites whether methods other than GET and HEAD are forwarded (POST, PUT, PATCH, DELETE); off by default
 * @param maxBodySize the largest request body forwarded (413 {@code payload_too_large} beyond)
 * @param timeout the whole passthrough call, authentication and retries included (504 {@code upstream_timeout} beyond)
 */
@Validated
@ConfigurationProperties("omnicart.passthrough")
public record PassthroughProperties(
        @DefaultValue("false") boolean allowWrites,
        @DefaultValue("1MB") @NotNull DataSize maxBodySize,
        @DefaultValue("30s") @NotNull Duration timeout) {}
