package io.omnicart.core.model;

import java.util.List;

/**
 * What one delta query found, oldest modification first; {@code more} when the store holds further changes past the
 * last one (read again from its {@code modifiedAt}).
 */
public record ChangeBatch(List<ResourceChange> changes, boolean more) {

    public ChangeBatch {
        changes = List.copyOf(changes);
    }

    public static ChangeBatch empty() {
        return new ChangeBatch(List.of(), false);
    }
}
