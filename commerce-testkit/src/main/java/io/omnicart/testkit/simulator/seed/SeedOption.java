package io.omnicart.testkit.simulator.seed;

import java.util.List;

/** A product option such as {@code Size} with its values in display order. */
public record SeedOption(String title, List<String> values) {

    public SeedOption {
        values = List.copyOf(values);
    }
}
