package io.omnicart.testkit.simulator.http;

import org.jspecify.annotations.Nullable;

/**
 * What the server does with one request: send {@code response}, or (when it is null) drop the connection, with a TCP
 * reset when {@code reset} is true.
 */
public record Outcome(@Nullable SimResponse response, boolean reset) {

    public static Outcome reply(SimResponse response) {
        return new Outcome(response, false);
    }

    public static Outcome drop(boolean reset) {
        return new Outcome(null, reset);
    }
}
