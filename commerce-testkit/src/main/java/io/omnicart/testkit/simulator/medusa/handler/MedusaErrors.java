package io.omnicart.testkit.simulator.medusa.handler;

import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.medusa.state.MedusaFailure;
import io.omnicart.testkit.simulator.medusa.wire.MedusaJson;
import tools.jackson.databind.node.ObjectNode;

/** Medusa's error bodies: {@code {code?, type, message}}, or a bare {@code {message}} from the auth middleware. */
public final class MedusaErrors {

    private MedusaErrors() {}

    public static SimResponse response(MedusaFailure failure) {
        ObjectNode body = MedusaJson.object();
        if (failure.code() != null) {
            body.put("code", failure.code());
        }
        if (failure.type() != null) {
            body.put("type", failure.type());
        }
        body.put("message", failure.getMessage());
        return SimResponse.json(failure.status(), body);
    }

    /** Express's answer for a path no route serves. */
    public static SimResponse noRoute(String method, String path) {
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n"
                + "</head>\n<body>\n<pre>Cannot " + method + " " + path + "</pre>\n</body>\n</html>\n";
        return SimResponse.text(404, "text/html; charset=utf-8", html);
    }
}
