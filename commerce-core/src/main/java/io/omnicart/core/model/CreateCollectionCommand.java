package io.omnicart.core.model;

import org.jspecify.annotations.Nullable;

public record CreateCollectionCommand(
        String title, @Nullable String handle) {}
