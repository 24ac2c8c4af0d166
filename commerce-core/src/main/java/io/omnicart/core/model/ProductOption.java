package io.omnicart.core.model;

import java.util.List;

public record ProductOption(String id, String title, List<String> values) {

    public ProductOption {
        values = List.copyOf(values);
    }
}
