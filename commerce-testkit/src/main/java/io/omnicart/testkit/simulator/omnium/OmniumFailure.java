package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import tools.jackson.databind.node.ObjectNode;

/** An Omnium error answer raised while serving a request: status plus a small {@code {"message": …}} body. */
class OmniumFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int status;

    OmniumFailure(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static OmniumFailure badRequest(String message) {
        return new OmniumFailure(400, message);
    }

    static OmniumFailure notFound(String message) {
        return new OmniumFailure(404, message);
    }

    static OmniumFailure unauthorized() {
        return new OmniumFailure(401, "Unauthorized");
    }

    int status() {
        return status;
    }

    SimResponse response() {
        return response(status, getMessage());
    }

    static SimResponse response(int status, String message) {
        ObjectNode body = OmniumJson.object();
        body.put("message", message);
        return SimResponse.json(status, body);
    }
}
