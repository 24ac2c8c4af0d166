package io.omnicart.adapter.medusa.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** An inventory item (the stock record behind a managed variant) with its location levels. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MedusaInventoryItem(
        @Nullable String id, @Nullable String sku, @Nullable List<MedusaInventoryLevel> locationLevels) {}
