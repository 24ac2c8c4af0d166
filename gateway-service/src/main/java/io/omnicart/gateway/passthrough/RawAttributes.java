package io.omnicart.gateway.passthrough;

/** Exchange attributes the raw route's filters hand on to each other. */
final class RawAttributes {

    static final String TARGET = RawAttributes.class.getName() + ".target";
    static final String PLATFORM = RawAttributes.class.getName() + ".platform";
    static final String OUTCOME = RawAttributes.class.getName() + ".outcome";

    static final String PROXIED = "proxied";

    private RawAttributes() {}
}
