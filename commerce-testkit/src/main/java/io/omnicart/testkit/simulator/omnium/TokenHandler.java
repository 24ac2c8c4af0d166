package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.time.Duration;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /api/Token?clientId&clientSecret[&returnAsJson=true]} (reference §1, §12 r1–r3); never rate-limited. */
final class TokenHandler {

    private final OmniumApiUsers users;
    private final OmniumTokens tokens;
    private final OmniumOptions options;

    TokenHandler(OmniumApiUsers users, OmniumTokens tokens, OmniumOptions options) {
        this.users = users;
        this.tokens = tokens;
        this.options = options;
    }

    SimResponse token(SimRequest request) {
        if (!"POST".equals(request.method())) {
            return OmniumFailure.response(405, "Method not allowed");
        }
        String id = request.query().single("clientId");
        String secret = request.query().single("clientSecret");
        if (id == null || secret == null || users.authenticate(id, secret).isEmpty()) {
            return OmniumFailure.response(options.badCredentialsStatus(), "Authentication failed");
        }
        Duration lifetime = options.tokenLifetime();
        String token = tokens.issue(id, lifetime);
        if (!"true".equalsIgnoreCase(request.query().single("returnAsJson"))) {
            return SimResponse.text(200, "text/plain; charset=utf-8", token);
        }
        ObjectNode body = OmniumJson.object();
        body.put("accessToken", token);
        body.put("tokenType", "Bearer");
        body.put("expiresIn", lifetime.toSeconds());
        return SimResponse.json(200, body);
    }
}
