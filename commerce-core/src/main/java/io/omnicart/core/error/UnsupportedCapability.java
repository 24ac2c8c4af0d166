package io.omnicart.core.error;

import io.omnicart.core.model.Capability;
import io.omnicart.core.model.Platform;

/** The platform cannot do this at all; {@code GET …/capabilities} says so in advance. */
public final class UnsupportedCapability extends CommerceException {

    private final Capability capability;

    public UnsupportedCapability(Capability capability, Platform platform) {
        super(platform.wire() + " does not support " + capability.wire(), platform, null, null);
        this.capability = capability;
    }

    public Capability capability() {
        return capability;
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
