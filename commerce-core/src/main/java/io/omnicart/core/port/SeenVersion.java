package io.omnicart.core.port;

import io.omnicart.core.model.ChangeResource;
import java.util.Map;

/** What the change feed last saw of one resource: its kind then (a draft may become an order), version and facts. */
public record SeenVersion(ChangeResource resource, String version, Map<String, String> facts) {

    public SeenVersion {
        facts = Map.copyOf(facts);
    }
}
