package io.omnicart.adapter.opencart.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The bridge's {@code version} answer: what is installed where (PROTOCOL.md §4.1). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenCartBridgeVersion(
        @Nullable String bridgeVersion,
        @Nullable Integer protocolVersion,
        @Nullable String opencartFamily,
        @Nullable String phpVersion) {}
