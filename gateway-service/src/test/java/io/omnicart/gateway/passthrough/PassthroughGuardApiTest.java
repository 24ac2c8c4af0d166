package io.omnicart.gateway.passthrough;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.testkit.simulator.Fault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * The raw route is an upstream call like any other: the guard retries reads after 429 and 5xx, answers problems when
 * retries are used up, bounds the time, the store address policy applies to its connections, the response cache stays
 * out, and its metrics carry the route id but never the raw path or an account.
 */
class PassthroughGuardApiTest extends PassthroughApiSupport {

    @Autowired
    MeterRegistry registry;

    @Test
    void aShort429IsWaitedOutAndRetriedLikeAnyRead() {
        String account = connectWithKey();
        medusa.failNext(Fault.rateLimited(Duration.ofSeconds(1)));

        rawGet(account, "/admin/stores").expectStatus().isOk();

        assertThat(upstream("/admin/stores")).hasSize(2);
    }

    @Test
    void aStoreStillLimitingIsA429ProblemWithItsRetryAfter() {
        String account = connectWithKey();
        medusa.failNext(Fault.rateLimited(Duration.ofSeconds(60)));

        var response = rawGet(account, "/admin/stores");

        response.expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "60");
        JsonNode problem = problem(response, HttpStatus.TOO_MANY_REQUESTS, "rate_limited");
        assertThat(problem.path("upstreamStatus").asInt()).isEqualTo(429);
        assertThat(upstream("/admin/stores")).hasSize(1);
    }

    @Test
    void a5xxIsRetriedForAReadThenAnUpstreamUnavailableProblem() {
        String account = connectWithKey();
        medusa.failNext(3, Fault.serviceUnavailable());

        JsonNode problem =
                problem(rawGet(account, "/admin/stores"), HttpStatus.SERVICE_UNAVAILABLE, "upstream_unavailable");

        assertThat(problem.path("upstreamStatus").asInt()).isEqualTo(503);
        assertThat(upstream("/admin/stores")).hasSize(3);
        assertThat(registry.find("omnicart.upstream.requests")
                        .tags("operation", "raw_read", "platform", "medusa", "outcome", "unavailable")
                        .timer())
                .isNotNull();
    }

    @Test
    void otherStoreErrorsArePassedThroughAsTheStoreSentThem() {
        String account = connectWithKey();

        String body = rawGet(account, "/admin/orders/order_missing")
                .expectStatus()
                .isNotFound()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(json(body).path("type").asString()).isEqualTo("not_found");
        assertThat(upstream("/admin/orders/order_missing")).hasSize(1);
    }

    @Test
    void theWholeCallIsBoundedByThePassthroughTimeout() {
        String account = connectWithKey();
        medusa.failNext(Fault.slow(Duration.ofSeconds(8)));

        JsonNode problem = problem(rawGet(account, "/admin/stores"), HttpStatus.GATEWAY_TIMEOUT, "upstream_timeout");

        assertThat(problem.path("platform").asString()).isEqualTo("medusa");
    }

    @Test
    void theStoreAddressPolicyAppliesToEveryPassthroughConnection() {
        URI forbidden = URI.create("http://0.0.0.0:" + recorder.port());
        String account = accounts.add(workspace, forbidden, new Credentials.ApiKey(Secret.of("sk_rebound")));

        JsonNode problem = problem(rawGet(account, "/admin/stores"), HttpStatus.BAD_GATEWAY, "upstream_error");

        assertThat(problem.path("reason").asString()).isEqualTo("unreachable");
        assertThat(problem.toString()).doesNotContain("0.0.0.0");
        assertThat(recorder.received()).isEmpty();
    }

    @Test
    void rawAnswersAreNeverServedFromTheResponseCache() {
        String account = connectWithKey();

        for (int i = 0; i < 2; i++) {
            rawGet(account, "/admin/products?limit=1")
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .doesNotExist("X-Cache");
        }

        assertThat(upstream("/admin/products")).hasSize(2);
    }

    @Test
    void metricsNameTheRouteButNeverThePathOrTheAccount() {
        String account = connectWithKey();
        rawGet(account, "/admin/regions?limit=1").expectStatus().isOk();
        client.post().uri("/v1/accounts/" + account + "/raw/admin/regions").exchange();
        client.get().uri("/v1/accounts/demo/raw/admin/regions").exchange();

        java.util.Collection<Meter> meters =
                registry.find("omnicart.passthrough.requests").meters();
        Set<Map<String, String>> series = meters.stream()
                .map(meter -> meter.getId().getTags().stream()
                        .filter(tag -> !tag.getKey().equals("application")) // the registry's common tag
                        .collect(Collectors.toMap(Tag::getKey, Tag::getValue)))
                .collect(Collectors.toSet());
        assertThat(series)
                .contains(
                        Map.of(
                                "platform", "medusa",
                                "route", "raw-passthrough",
                                "method", "GET",
                                "outcome", "proxied",
                                "status", "2xx"),
                        Map.of(
                                "platform", "none",
                                "route", "raw-passthrough",
                                "method", "POST",
                                "outcome", "method_not_allowed",
                                "status", "4xx"),
                        Map.of(
                                "platform", "demo",
                                "route", "raw-passthrough",
                                "method", "GET",
                                "outcome", "not_supported",
                                "status", "5xx"));
        assertThat(series)
                .allSatisfy(tags -> assertThat(tags.values())
                        .noneMatch(
                                value -> value.contains("/") || value.contains("regions") || value.contains(account)));
    }
}
