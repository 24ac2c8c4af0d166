package io.omnicart.gateway.guard;

import io.omnicart.core.model.Platform;

/**
 * The upstream account a call is for; the guard puts it in the Reactor context (key: this class) so the adapter
 * {@code WebClient} filter can shape every request the adapter makes for it. Never a metric tag.
 */
public record UpstreamAccount(Platform platform, String accountId) {

    String bucketKey() {
        return "upstream:" + platform.wire() + ":" + accountId;
    }
}
