package io.omnicart.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.gateway.support.TestTokens;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/** The in-process response cache in front of a Medusa simulator. */
class ResponseCacheApiTest extends CacheApiSupport {

    @LocalServerPort
    int port;

    @Test
    void aSecondGetWithinTheTtlIsAHitWithoutAnUpstreamCall() {
        EntityExchangeResult<String> first = get("/orders?limit=3&status=pending");
        long calls = upstreamCalls("/admin/orders");
        EntityExchangeResult<String> second = get("/orders?status=pending&limit=3");

        assertThat(calls).isPositive();
        assertThat(upstreamCalls("/admin/orders")).isEqualTo(calls);
        assertThat(xCache(first)).isEqualTo("miss");
        assertThat(xCache(second)).isEqualTo("hit");
        assertThat(second.getResponseHeaders().getFirst(HttpHeaders.AGE)).isEqualTo("0");
        assertThat(second.getResponseHeaders().getContentType()).hasToString("application/json");
        assertThat(second.getResponseBody()).isEqualTo(first.getResponseBody());
    }

    @Test
    void noCacheBypassesTheEntryWithOneUpstreamCallAndRefreshesIt() {
        get("/settings");
        long calls = upstreamCalls("/admin/stores");

        EntityExchangeResult<String> refreshed = get("/settings", HttpHeaders.CACHE_CONTROL, "no-cache");
        long afterRefresh = upstreamCalls("/admin/stores");
        EntityExchangeResult<String> cached = get("/settings");

        assertThat(calls).isPositive();
        assertThat(afterRefresh).isEqualTo(2 * calls);
        assertThat(xCache(refreshed)).isEqualTo("miss");
        assertThat(refreshed.getResponseHeaders().getFirst(HttpHeaders.AGE)).isNull();
        assertThat(xCache(cached)).isEqualTo("hit");
        assertThat(upstreamCalls("/admin/stores")).isEqualTo(afterRefresh);
    }

    @Test
    void aSuccessfulActionEvictsTheAccountsEntriesSoTheOrderShowsItsNewStatus() {
        String order = pendingOrder();
        get("/orders/" + order);
        assertThat(xCache(get("/orders/" + order))).isEqualTo("hit");
        assertThat(xCache(get("/orders?status=pending&limit=5"))).isEqualTo("hit");

        post("/orders/" + order + "/complete");
        EntityExchangeResult<String> after = get("/orders/" + order);

        assertThat(xCache(after)).isEqualTo("miss");
        assertThat(json(after.getResponseBody()).path("status").asString()).isEqualTo("completed");
        assertThat(xCache(get("/orders?status=pending&limit=5"))).isEqualTo("miss");
    }

    @Test
    void errorsAreNeverCached() {
        getMissingOrder();
        long calls = upstreamCalls("/admin/orders/order_01NOSUCHORDER");
        getMissingOrder();

        assertThat(calls).isPositive();
        assertThat(upstreamCalls("/admin/orders/order_01NOSUCHORDER")).isGreaterThan(calls);
    }

    private void getMissingOrder() {
        client.get()
                .uri("/v1/accounts/" + account + "/orders/order_01NOSUCHORDER")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .doesNotExist("X-Cache");
    }

    @Test
    void aHundredConcurrentMissesMakeOneUpstreamCall() {
        WebClient web = WebClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.commerce(workspace))
                .build();
        List<String> outcomes = Flux.range(0, 100)
                .flatMap(
                        i -> web.get()
                                .uri("/v1/accounts/" + account + "/products?limit=4")
                                .retrieve()
                                .toBodilessEntity()
                                .map(response -> response.getHeaders().getFirst("X-Cache")),
                        100)
                .collectList()
                .block();

        assertThat(outcomes).hasSize(100).containsOnly("hit", "miss").containsOnlyOnce("miss");
        assertThat(upstreamCalls("/admin/products")).isEqualTo(1);
    }

    @Test
    void anotherWorkspaceIsNeverServedThisWorkspacesEntries() {
        assertThat(xCache(get("/orders?limit=2"))).isEqualTo("miss");
        assertThat(xCache(get("/orders?limit=2"))).isEqualTo("hit");

        as("ws-other")
                .get()
                .uri("/v1/accounts/" + account + "/orders?limit=2")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .doesNotExist("X-Cache");
    }
}
