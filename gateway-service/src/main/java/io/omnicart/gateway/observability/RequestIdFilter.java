package io.omnicart.gateway.observability;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every exchange a request id: the caller's {@code X-Request-Id} when it is a sane token, a new UUID otherwise.
 * It is echoed on every response (errors included) and put in the Reactor context for logs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter implements WebFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = chooseId(exchange.getRequest().getHeaders().getFirst(HEADER));
        exchange.getAttributes().put(ATTRIBUTE, requestId);
        exchange.getResponse().getHeaders().set(HEADER, requestId);
        return chain.filter(exchange).contextWrite(context -> context.put(HEADER, requestId));
    }

    /** The id of this exchange (a fresh one if the filter has not run, as for very early failures). */
    public static String requestId(ServerWebExchange exchange) {
        Object id = exchange.getAttributes().get(ATTRIBUTE);
        return id instanceof String value ? value : exchange.getRequest().getId();
    }

    private static String chooseId(String offered) {
        return offered != null && SANE.matcher(offered).matches() ? offered : newId();
    }

    /**
     * A random (version 4) UUID from {@link ThreadLocalRandom}: a request id correlates logs and is echoed to the
     * caller, it protects nothing, so it needs no {@code SecureRandom} (whose {@code UUID.randomUUID()} reads {@code
     * /dev/urandom} under one JVM-wide lock, on the event loop, for every request without an id).
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
