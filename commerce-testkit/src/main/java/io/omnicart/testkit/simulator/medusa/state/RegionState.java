package io.omnicart.testkit.simulator.medusa.state;

import java.time.Instant;
import java.util.List;

/** A region: one currency, several countries (ISO-2, lower-case). */
public record RegionState(String id, String name, String currencyCode, List<String> countries, Instant createdAt) {

    public RegionState {
        countries = List.copyOf(countries);
    }
}
