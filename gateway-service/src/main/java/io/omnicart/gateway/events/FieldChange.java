package io.omnicart.gateway.events;

import org.jspecify.annotations.Nullable;

/** One field of a resource that moved: {@code from} is null when the previous value is not known. */
public record FieldChange(@Nullable String from, @Nullable String to) {}
