package io.omnicart.core.model;

import org.jspecify.annotations.Nullable;

/** A customer search: {@code q} matches e-mail, name or company case-insensitively as a substring. */
public record CustomerQuery(@Nullable String q, PageRequest page) {}
