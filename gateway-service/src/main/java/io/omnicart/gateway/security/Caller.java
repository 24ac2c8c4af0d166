package io.omnicart.gateway.security;

import java.util.Set;

/**
 * The authenticated caller: the workspace taken from the token (never from the URL) and its bundles. Controllers get
 * it with {@code @AuthenticationPrincipal Caller caller}.
 */
public record Caller(String subject, String workspaceId, Set<String> bundles) {

    public static final String COMMERCE_BUNDLE = "commerce";

    public Caller {
        bundles = Set.copyOf(bundles);
    }

    public boolean hasBundle(String bundle) {
        return bundles.contains(bundle);
    }
}
