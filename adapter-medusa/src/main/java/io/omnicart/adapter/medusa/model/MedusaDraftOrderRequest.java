package io.omnicart.adapter.medusa.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Body of {@code POST /admin/draft-orders} (strict: only documented fields, reference §6). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MedusaDraftOrderRequest(
        String regionId,
        @Nullable String email,
        @Nullable String customerId,
        @Nullable String salesChannelId,
        @Nullable String currencyCode,
        List<MedusaDraftOrderItem> items) {}
