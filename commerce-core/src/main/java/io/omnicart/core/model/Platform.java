package io.omnicart.core.model;

/** The store platforms the gateway can route to. */
public enum Platform implements WireValue {
    MEDUSA,
    OMNIUM,
    OPENCART,
    DEMO
}
