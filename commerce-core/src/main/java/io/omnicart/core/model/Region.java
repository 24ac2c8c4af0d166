package io.omnicart.core.model;

import java.util.List;

public record Region(String id, String name, String currency, List<String> countries) {

    public Region {
        countries = List.copyOf(countries);
    }
}
