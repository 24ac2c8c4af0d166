package io.omnicart.adapter.opencart.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** The store's default language as the bridge's {@code settings} names it, e.g. {@code en-gb}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpenCartLanguage(@Nullable String code) {}
