package io.omnicart.credential.policy;

import java.net.URI;

/**
 * A syntactically checked, normalized store base URL: {@code scheme://host[:port][/path]} with a lower-case host, no
 * default port and no trailing slash. {@code host} is bare (IPv6 literals without brackets).
 */
public record BaseUrl(URI uri, String scheme, String host, boolean ipv6Literal) {

    public boolean insecure() {
        return "http".equals(scheme);
    }
}
