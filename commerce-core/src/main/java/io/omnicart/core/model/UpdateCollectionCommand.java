package io.omnicart.core.model;

import org.jspecify.annotations.Nullable;

/** Change a collection; a null field stays as it is. */
public record UpdateCollectionCommand(
        @Nullable String title, @Nullable String handle) {}
