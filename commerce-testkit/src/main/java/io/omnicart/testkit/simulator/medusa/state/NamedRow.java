package io.omnicart.testkit.simulator.medusa.state;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A simple named row: a sales channel or a stock location. */
public record NamedRow(String id, String name, @Nullable String description, Instant createdAt) {}
