package io.omnicart.gateway.passthrough;

import io.omnicart.core.error.UpstreamTimeout;
import io.omnicart.core.spi.RawRequest;
import io.omnicart.gateway.observability.RequestIdFilter;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The raw route's routing step, in place of Spring Cloud Gateway's unguarded Netty client: reads the body (bounded by
 * {@code max-body-size}), sends the request through the {@link RawForwarder} within {@code timeout}, and passes the
 * store's answer on with its status, its headers as {@link RawHeaders} allows, and its body. The exchange is marked
 * routed, so no other routing filter sends it again.
 */
final class RawForwardFilter implements GatewayFilter {

    private static final byte[] EMPTY = new byte[0];

    private final RawForwarder forwarder;
    private final PassthroughProperties properties;

    RawForwardFilter(RawForwarder forwarder, PassthroughProperties properties) {
        this.forwarder = forwarder;
        this.properties = properties;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerWebExchangeUtils.setAlreadyRouted(exchange);
        RawTarget target = exchange.getRequiredAttribute(RawAttributes.TARGET);
        return body(exchange.getRequest())
                .map(body -> call(exchange.getRequest(), target, body))
                .flatMap(call -> forwarder
                        .forward(target.adapter(), call, RequestIdFilter.requestId(exchange))
                        .timeout(properties.timeout(), Mono.error(() -> timedOut(target))))
                .flatMap(response -> write(exchange, response))
                .then(chain.filter(exchange));
    }

    private Mono<byte[]> body(ServerHttpRequest request) {
        if (RawMethods.isRead(request.getMethod())) {
            return Mono.just(EMPTY);
        }
        int limit = (int) Math.min(Integer.MAX_VALUE, properties.maxBodySize().toBytes());
        return DataBufferUtils.join(request.getBody(), limit)
                .map(RawForwardFilter::bytes)
                .defaultIfEmpty(EMPTY);
    }

    private static RawCall call(ServerHttpRequest request, RawTarget target, byte[] body) {
        HttpMethod method = request.getMethod();
        String query = target.path().query();
        RawRequest raw = new RawRequest(method.name(), target.path().path(), query.isEmpty() ? null : query, body);
        return new RawCall(target.store(), target.path(), RawHeaders.towardsStore(request.getHeaders()), raw);
    }

    private static Mono<Void> write(ServerWebExchange exchange, RawResponse answer) {
        exchange.getAttributes().put(RawAttributes.OUTCOME, RawAttributes.PROXIED);
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatusCode.valueOf(answer.status()));
        response.getHeaders().addAll(RawHeaders.towardsCaller(answer.headers()));
        if (answer.body().length == 0
                || HttpMethod.HEAD.equals(exchange.getRequest().getMethod())) {
            return response.setComplete();
        }
        response.getHeaders().setContentLength(answer.body().length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(answer.body())));
    }

    private static UpstreamTimeout timedOut(RawTarget target) {
        return new UpstreamTimeout(
                "The store did not answer within the passthrough time limit",
                target.store().platform(),
                null);
    }

    private static byte[] bytes(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }
}
