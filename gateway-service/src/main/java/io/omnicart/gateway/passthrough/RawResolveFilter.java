package io.omnicart.gateway.passthrough;

import io.omnicart.core.error.UnsupportedCapability;
import io.omnicart.core.model.Capability;
import io.omnicart.core.model.Platform;
import io.omnicart.gateway.api.problem.ApiProblem;
import io.omnicart.gateway.api.problem.ProblemResponder;
import io.omnicart.gateway.routing.StoreCalls;
import io.omnicart.gateway.security.Caller;
import java.util.Set;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Decides whether a raw request may leave, before anything is read or sent: the method (GET and HEAD, the writes only
 * when {@code allow-writes} is on; 405 {@code method_not_allowed} with {@code Allow} otherwise), the path and query
 * ({@link RawPath}; 400), the declared body size (413), the account in the caller's workspace (404 {@code
 * account_not_found}, exactly as on every other account route) and the platform's {@code passthrough} capability (501
 * {@code not_supported}, always for the demo store, which has no upstream).
 */
final class RawResolveFilter implements GatewayFilter {

    /** Elements of {@code /v1/accounts/{accountId}/raw} in a {@link PathContainer}: segments and separators. */
    private static final int PREFIX_ELEMENTS = 8;

    private final StoreCalls stores;
    private final ProblemResponder problems;
    private final PassthroughProperties properties;
    private final Set<HttpMethod> allowed;

    RawResolveFilter(StoreCalls stores, ProblemResponder problems, PassthroughProperties properties) {
        this.stores = stores;
        this.problems = problems;
        this.properties = properties;
        this.allowed = RawMethods.allowed(properties.allowWrites());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!allowed.contains(request.getMethod())) {
            return refuseMethod(exchange);
        }
        return Mono.fromCallable(() -> checked(request))
                .flatMap(path -> resolve(exchange, path))
                .flatMap(target -> {
                    exchange.getAttributes().put(RawAttributes.TARGET, target);
                    return chain.filter(exchange);
                });
    }

    private RawPath checked(ServerHttpRequest request) {
        RawPath path = RawPath.of(rawPath(request), request.getURI().getRawQuery());
        long declared = request.getHeaders().getContentLength();
        if (declared > properties.maxBodySize().toBytes()) {
            throw new DataBufferLimitException("raw request body of " + declared + " bytes");
        }
        return path;
    }

    private Mono<RawTarget> resolve(ServerWebExchange exchange, RawPath path) {
        String accountId =
                ServerWebExchangeUtils.getUriTemplateVariables(exchange).get("accountId");
        return caller().flatMap(caller -> stores.read(caller, accountId, Capability.PASSTHROUGH, (adapter, store) -> {
            exchange.getAttributes()
                    .put(RawAttributes.PLATFORM, store.platform().wire());
            if (store.platform() == Platform.DEMO || store.baseUrl() == null) {
                return Mono.error(new UnsupportedCapability(Capability.PASSTHROUGH, store.platform()));
            }
            return Mono.just(new RawTarget(store, adapter, path));
        }));
    }

    private Mono<Void> refuseMethod(ServerWebExchange exchange) {
        exchange.getAttributes().put(RawAttributes.OUTCOME, "method_not_allowed");
        exchange.getResponse().getHeaders().setAllow(allowed);
        boolean write = RawMethods.WRITES.contains(exchange.getRequest().getMethod());
        String detail = write
                ? "Raw passthrough writes are disabled on this gateway; only GET and HEAD are forwarded"
                : "The raw passthrough forwards only " + allowed;
        ApiProblem problem = ApiProblem.of(
                        HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", "Method not allowed", detail)
                .with("reason", write ? "passthrough_writes_disabled" : null);
        return problems.write(exchange, problem);
    }

    /** The still-encoded path after {@code /raw}: {@code /admin/orders}; empty for {@code …/raw} itself. */
    private static String rawPath(ServerHttpRequest request) {
        PathContainer path = request.getPath().pathWithinApplication();
        return path.elements().size() <= PREFIX_ELEMENTS
                ? ""
                : path.subPath(PREFIX_ELEMENTS).value();
    }

    private static Mono<Caller> caller() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(authentication -> authentication.getPrincipal() instanceof Caller)
                .map(authentication -> (Caller) authentication.getPrincipal())
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("raw route reached without a caller")));
    }
}
