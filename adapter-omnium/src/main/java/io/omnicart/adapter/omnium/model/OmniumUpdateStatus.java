package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/Orders/{id}/UpdateStatus} ({@code OmniumUpdateStatusPatch}, reference §5.2). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OmniumUpdateStatus(String status, @Nullable OmniumShipmentInfo shipmentInfo) {}
