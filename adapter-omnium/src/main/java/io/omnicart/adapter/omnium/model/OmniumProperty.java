package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** A custom property {@code {key, value, keyGroup}} (reference §2). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OmniumProperty(
        @Nullable String key,
        @Nullable String value,
        @Nullable String keyGroup) {}
