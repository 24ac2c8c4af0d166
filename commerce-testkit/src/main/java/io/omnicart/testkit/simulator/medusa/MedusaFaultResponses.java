package io.omnicart.testkit.simulator.medusa;

import io.omnicart.testkit.simulator.http.FaultResponses;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.medusa.handler.MedusaErrors;
import io.omnicart.testkit.simulator.medusa.state.MedusaFailure;

/**
 * Medusa's own failure bodies for injected faults: the auth middleware's bare 401, its 500 {@code unknown_error}, 409
 * {@code conflict} and other 4xx error bodies (reference §4); a 429 or a 502/503/504 comes from a reverse proxy in
 * front of Medusa (Medusa has no rate limiter), so it is plain text or HTML.
 */
final class MedusaFaultResponses implements FaultResponses {

    @Override
    public SimResponse tokenExpired() {
        return MedusaErrors.response(MedusaFailure.unauthorized("Unauthorized"));
    }

    @Override
    public SimResponse rateLimited() {
        return SimResponse.text(429, "text/plain; charset=utf-8", "Too Many Requests");
    }

    @Override
    public SimResponse status(int status) {
        if (status >= 500 && status != 500) {
            return proxyPage(status);
        }
        return MedusaErrors.response(
                switch (status) {
                    case 500 -> MedusaFailure.unknown();
                    case 404 -> MedusaFailure.notFound("Injected failure: not found");
                    case 409 ->
                        new MedusaFailure(
                                409,
                                "conflict",
                                "The request conflicted with another request. Please retry.",
                                "invalid_state_error");
                    default -> new MedusaFailure(status, "invalid_data", "Injected failure", null);
                });
    }

    private static SimResponse proxyPage(int status) {
        String html = "<html><head><title>" + status + "</title></head><body><center><h1>" + status + " "
                + reason(status) + "</h1></center><hr><center>nginx</center></body></html>\n";
        return SimResponse.text(status, "text/html", html);
    }

    @Override
    public boolean isAuthPath(String path) {
        return path.startsWith("/auth/");
    }

    private static String reason(int status) {
        return switch (status) {
            case 502 -> "Bad Gateway";
            case 503 -> "Service Temporarily Unavailable";
            case 504 -> "Gateway Time-out";
            default -> "Error";
        };
    }
}
