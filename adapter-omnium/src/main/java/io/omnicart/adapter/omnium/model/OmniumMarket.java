package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** A market ({@code GET /api/Markets}, reference §10): one currency and one country each, optionally grouped. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OmniumMarket(
        @Nullable String marketId,
        @Nullable String marketName,
        @Nullable String countryCode,
        @Nullable String currency,
        @Nullable Boolean isDefaultMarket,
        @Nullable Boolean isActive,
        @Nullable String marketGroupId,
        @Nullable String marketGroupLabel) {}
