package io.omnicart.core.model;

import org.jspecify.annotations.Nullable;

/** The customer as an order sees it. */
public record CustomerRef(
        @Nullable String id,
        @Nullable String name,
        @Nullable String email,
        CustomerType type) {}
