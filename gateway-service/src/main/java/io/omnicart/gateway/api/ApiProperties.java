package io.omnicart.gateway.api;

import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the OmniCart API.
 *
 * @param cursorKey base64 (or base64url) HMAC key of at least 32 bytes that signs list cursors; every instance of a
 *     deployment must share it. When absent a random key is generated at start-up (with a warning), and cursors stop
 *     working after a restart.
 */
@Validated
@ConfigurationProperties("omnicart.api")
public record ApiProperties(
        @Pattern(regexp = "^[A-Za-z0-9+/_=-]*$", message = "must be base64") @Nullable
        String cursorKey) {}
