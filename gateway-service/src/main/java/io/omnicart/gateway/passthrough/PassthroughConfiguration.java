package io.omnicart.gateway.passthrough;

import io.micrometer.core.instrument.MeterRegistry;
import io.omnicart.gateway.api.problem.ProblemResponder;
import io.omnicart.gateway.guard.UpstreamGuard;
import io.omnicart.gateway.routing.StoreCalls;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The raw passthrough, {@code ANY /v1/accounts/{accountId}/raw/{path}}: one Spring Cloud Gateway route whose filters
 * observe ({@link PassthroughMetricsFilter}), decide ({@link RawResolveFilter}) and forward ({@link RawForwardFilter})
 * the request to the account's own base URL with the platform's credentials. Caller security, the caller rate limit
 * and the request id apply as on every {@code /v1} route (they are web filters in front of every handler); the
 * response cache never stores {@code /raw/} answers.
 */
@Configuration(proxyBeanMethods = false)
public class PassthroughConfiguration {

    /** The route id: the {@code route} tag of the passthrough metrics. */
    public static final String ROUTE_ID = "raw-passthrough";

    /** The route's path pattern. */
    public static final String PATH = "/v1/accounts/{accountId}/raw/**";

    /** Routing happens in {@link RawForwardFilter}; the route's own URI is never contacted. */
    private static final String NO_URI = "no://op";

    private static final int RESOLVE_ORDER = 1;
    private static final int FORWARD_ORDER = 2;

    @Bean
    RouteLocator passthroughRoute(
            RouteLocatorBuilder routes,
            StoreCalls stores,
            ProblemResponder problems,
            PassthroughProperties properties,
            UpstreamGuard guard,
            WebClient.Builder webClients,
            MeterRegistry registry,
            ObjectProvider<Clock> clock) {
        RawForwarder forwarder =
                new RawForwarder(guard, new RawClient(webClients.build()), clock.getIfAvailable(Clock::systemUTC));
        PassthroughMetricsFilter observe = new PassthroughMetricsFilter(new PassthroughMetrics(registry));
        RawResolveFilter resolve = new RawResolveFilter(stores, problems, properties);
        RawForwardFilter forward = new RawForwardFilter(forwarder, properties);
        return routes.routes()
                .route(
                        ROUTE_ID,
                        route -> route.path(PATH)
                                .filters(filters -> filters.filters(
                                        observe,
                                        new OrderedGatewayFilter(resolve, RESOLVE_ORDER),
                                        new OrderedGatewayFilter(forward, FORWARD_ORDER)))
                                .uri(NO_URI))
                .build();
    }
}
