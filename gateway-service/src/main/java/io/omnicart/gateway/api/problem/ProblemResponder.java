package io.omnicart.gateway.api.problem;

import io.omnicart.gateway.observability.RequestIdFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes an {@link ApiProblem} as {@code application/problem+json}; used by the error handler and by filters. */
@Component
public class ProblemResponder {

    public static final String TYPE_PREFIX = "urn:omnicart:problem:";

    private final JsonMapper json;

    public ProblemResponder(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, ApiProblem problem) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(problem.status());
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (problem.retryAfterSeconds() != null) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(problem.retryAfterSeconds()));
        }
        byte[] body = json.writeValueAsBytes(body(exchange, problem));
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    /** The problem's JSON members, in RFC 9457 order followed by the OmniCart extensions. */
    public static Map<String, Object> body(ServerWebExchange exchange, ApiProblem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + problem.code());
        body.put("title", problem.title());
        body.put("status", problem.status().value());
        body.put("detail", problem.detail());
        body.put("instance", exchange.getRequest().getPath().value());
        body.put("code", problem.code());
        body.put("requestId", RequestIdFilter.requestId(exchange));
        body.putAll(problem.extras());
        return body;
    }
}
