package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.http.FaultResponses;
import io.omnicart.testkit.simulator.http.SimResponse;
import java.util.Locale;

/** Omnium's answers for injected faults: a bare 401, {@code {"message": …}} JSON for the rest (reference §12 r7). */
final class OmniumFaultResponses implements FaultResponses {

    @Override
    public SimResponse tokenExpired() {
        return SimResponse.text(401, "text/plain; charset=utf-8", "");
    }

    @Override
    public SimResponse rateLimited() {
        return OmniumFailure.response(429, "Too many requests");
    }

    @Override
    public SimResponse status(int status) {
        return OmniumFailure.response(status, status >= 500 ? "An error has occurred." : "Injected failure");
    }

    @Override
    public boolean isAuthPath(String path) {
        return isTokenPath(path);
    }

    static boolean isTokenPath(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.equals("/api/token") || lower.equals("/api/token/");
    }
}
