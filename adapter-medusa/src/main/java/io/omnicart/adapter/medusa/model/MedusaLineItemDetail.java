package io.omnicart.adapter.medusa.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The fulfilment counters of an order line ({@code items[].detail}). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MedusaLineItemDetail(
        @Nullable BigDecimal quantity,
        @Nullable BigDecimal fulfilledQuantity,
        @Nullable BigDecimal shippedQuantity,
        @Nullable BigDecimal deliveredQuantity) {}
