package io.omnicart.core.model;

import org.jspecify.annotations.Nullable;

/** Cancel an order; the reason, when given, must be kept on the store (metadata, comment or history). */
public record CancelOrderCommand(@Nullable String reason) {}
