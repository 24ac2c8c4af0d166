package io.omnicart.adapter.opencart.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** One order history row: a status the order entered, with the comment kept for it. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenCartHistory(
        long orderHistoryId,
        int orderStatusId,
        @Nullable String orderStatus,
        @JsonProperty("notify") @Nullable Boolean notified,
        @Nullable String comment,
        @Nullable OffsetDateTime dateAdded) {}
