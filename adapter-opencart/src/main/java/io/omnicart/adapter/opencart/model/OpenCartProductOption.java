package io.omnicart.adapter.opencart.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** An option of a product (select, radio, checkbox, … ; text-like options have no values). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenCartProductOption(
        long productOptionId,
        @Nullable String name,
        @Nullable String type,
        @Nullable List<OpenCartOptionValue> values) {}
