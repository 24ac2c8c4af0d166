package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An order type of the tenant ({@code GET /api/Settings/OrderTypes}, reference §5.3) with its statuses. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OmniumOrderType(
        @Nullable String name,
        @Nullable List<OmniumOrderStatus> orderStatuses,
        @Nullable Boolean defaultOrderType) {}
