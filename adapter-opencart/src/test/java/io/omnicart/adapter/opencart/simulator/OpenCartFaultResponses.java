package io.omnicart.adapter.opencart.simulator;

import io.omnicart.testkit.simulator.http.FaultResponses;
import io.omnicart.testkit.simulator.http.SimResponse;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The store's failure answers for injected faults. Resource calls here are bridge calls, so an expired credential is
 * the bridge's 401 {@code signature_invalid}, a 429 and a 500 its error envelope (with its header); 502–504 come from a
 * proxy in front of the store, as an HTML page. Native API calls all go to {@code /index.php} and count as
 * authentication calls (login and the history route share the path), so default fault rules skip them.
 */
final class OpenCartFaultResponses implements FaultResponses {

    @Override
    public SimResponse tokenExpired() {
        return envelope(401, "signature_invalid", "signature does not match");
    }

    @Override
    public SimResponse rateLimited() {
        return envelope(429, "rate_limited", "too many requests");
    }

    @Override
    public SimResponse status(int status) {
        if (status == 500) {
            return envelope(500, "internal_error", "internal error");
        }
        return SimResponse.text(status, "text/html", "<html><body><h1>" + status + " Bad Gateway</h1></body></html>");
    }

    @Override
    public boolean isAuthPath(String path) {
        return path.endsWith("/index.php");
    }

    private static SimResponse envelope(int status, String code, String message) {
        ObjectNode error = JsonNodeFactory.instance.objectNode();
        error.put("code", code);
        error.put("status", status);
        error.put("message", message);
        error.putObject("details");
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("error", error);
        return SimResponse.json(status, body).withHeader("X-OmniCart-Bridge", "2.0.0");
    }
}
