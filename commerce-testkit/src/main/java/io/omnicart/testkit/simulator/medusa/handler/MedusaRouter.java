package io.omnicart.testkit.simulator.medusa.handler;

import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.medusa.state.MedusaFailure;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Serves one request against the store, under the simulator's lock: {@code /health}, the {@code /auth} routes, and the
 * admin routes after authentication. Medusa failures become their JSON error answers.
 */
public final class MedusaRouter implements Function<SimRequest, SimResponse> {

    private final Object lock;
    private final MedusaAuth auth;
    private final AuthHandler authHandler;
    private final List<Route> routes;

    public MedusaRouter(Object lock, MedusaStore store, MedusaTokens tokens, MedusaBehavior behavior) {
        this.lock = lock;
        this.auth = new MedusaAuth(store, tokens);
        this.authHandler = new AuthHandler(store, tokens, behavior);
        this.routes = MedusaRoutes.all(store, authHandler);
    }

    @Override
    public SimResponse apply(SimRequest request) {
        synchronized (lock) {
            try {
                return dispatch(request);
            } catch (MedusaFailure failure) {
                return MedusaErrors.response(failure);
            }
        }
    }

    private SimResponse dispatch(SimRequest request) {
        String path = request.path();
        if (path.equals("/health")) {
            return SimResponse.text(200, "text/plain; charset=utf-8", "OK");
        }
        if (path.startsWith("/auth/")) {
            return authHandler.auth(request);
        }
        return path.startsWith("/admin") ? admin(request) : MedusaErrors.noRoute(request.method(), path);
    }

    /** Authentication comes first: an unknown admin path without credentials is a 401, not a 404. */
    private SimResponse admin(SimRequest request) {
        Actor actor = auth.authenticate(request);
        for (Route route : routes) {
            Optional<List<String>> params = route.match(request.method(), request.path());
            if (params.isPresent()) {
                return route.handler().apply(new Call(request, actor, params.get()));
            }
        }
        return MedusaErrors.noRoute(request.method(), request.path());
    }
}
