package io.omnicart.gateway.api;

import java.net.URI;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code Location} headers of created resources, relative to the API root, with every variable encoded. */
public final class Locations {

    private Locations() {}

    public static URI of(String template, Object... variables) {
        return UriComponentsBuilder.fromPath(template)
                .encode()
                .buildAndExpand(variables)
                .toUri();
    }
}
