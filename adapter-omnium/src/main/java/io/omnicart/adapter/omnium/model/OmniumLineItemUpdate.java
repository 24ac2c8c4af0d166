package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** One line of an {@link OmniumOrderLinesUpdate}: how many units of the line this shipment delivers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OmniumLineItemUpdate(String lineItemId, BigDecimal deliveredQuantity) {}
