package io.omnicart.testkit.simulator.medusa.handler;

import io.omnicart.testkit.simulator.http.QueryParams;
import io.omnicart.testkit.simulator.http.SimRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/** One routed admin request: the request, its authenticated actor and the path parameters in order. */
public record Call(SimRequest request, Actor actor, List<String> params) {

    public Call {
        params = List.copyOf(params);
    }

    public String param(int index) {
        return params.get(index);
    }

    public QueryParams query() {
        return request.query();
    }

    /** The {@code fields} query parameter, or null. */
    public @Nullable String fields() {
        return request.query().single("fields");
    }

    /** The JSON body as an object ({@code {}} when empty); a non-object body is a 400. */
    public ObjectNode body() {
        return Bodies.parse(request.body());
    }
}
