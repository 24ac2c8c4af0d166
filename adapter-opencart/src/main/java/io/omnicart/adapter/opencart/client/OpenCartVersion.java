package io.omnicart.adapter.opencart.client;

import java.util.Optional;

/**
 * The native API protocols the adapter speaks (reference §2): 3.0.x logs in at {@code api/login} and changes a status
 * at {@code api/order/history}; 4.0.x uses {@code api/account/login} and {@code api/sale/order.addHistory}. The
 * {@code VERSION} constant of a store is unreliable, so the adapter detects the protocol by which login route
 * answers. 4.1.x has no login: every call is a stateless HMAC-SHA1-signed {@code route=api/order&call=…} request, and
 * every other {@code api/…} route answers 403 (reference §2, §4); its history call is {@code call=history_add}.
 */
public enum OpenCartVersion {
    V3_0("3.0", "api/login", "api/order/history"),
    V4_0("4.0", "api/account/login", "api/sale/order.addHistory"),
    V4_1("4.1", "api/order", "api/order");

    private final String wire;
    private final String loginRoute;
    private final String historyRoute;

    OpenCartVersion(String wire, String loginRoute, String historyRoute) {
        this.wire = wire;
        this.loginRoute = loginRoute;
        this.historyRoute = historyRoute;
    }

    /** {@code 3.0}, {@code 4.0} or {@code 4.1}: the protocol line, not the store's exact release. */
    public String wire() {
        return wire;
    }

    /** Whether calls are signed one by one (4.1) rather than made in a logged-in session. */
    public boolean signed() {
        return this == V4_1;
    }

    public String loginRoute() {
        return loginRoute;
    }

    public String historyRoute() {
        return historyRoute;
    }

    public static Optional<OpenCartVersion> fromWire(String wire) {
        for (OpenCartVersion version : values()) {
            if (version.wire.equals(wire)) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }
}
