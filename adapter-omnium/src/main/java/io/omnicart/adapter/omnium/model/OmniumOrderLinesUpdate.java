package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/Orders/{id}/OrderLinesUpdate} (reference §5.2): partial delivery of lines. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OmniumOrderLinesUpdate(
        @Nullable String status, List<OmniumLineItemUpdate> lineItemUpdates, OmniumShipmentInfo shipmentInfo) {}
