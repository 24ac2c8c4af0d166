package io.omnicart.testkit.simulator.seed;

import java.util.List;

/** A selling region: its currency and the ISO-3166 alpha-2 countries it ships to (any case). */
public record SeedRegion(String name, String currency, List<String> countries) {

    public SeedRegion {
        countries = List.copyOf(countries);
    }
}
