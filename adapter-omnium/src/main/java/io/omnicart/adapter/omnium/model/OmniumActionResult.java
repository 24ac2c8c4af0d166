package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** One workflow step's outcome: {@code actionStatus} Success, Warning or Error. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OmniumActionResult(
        @Nullable String actionType,
        @Nullable String actionStatus,
        @Nullable String errorReason) {}
