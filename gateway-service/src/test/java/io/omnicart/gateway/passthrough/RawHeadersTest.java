package io.omnicart.gateway.passthrough;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class RawHeadersTest {

    @Test
    void onlyContentNegotiationAndConditionalHeadersLeaveForTheStore() {
        HttpHeaders caller = new HttpHeaders();
        caller.set("Authorization", "Bearer caller-jwt");
        caller.set("Cookie", "session=1");
        caller.set("Proxy-Authorization", "Basic x");
        caller.set("X-Forwarded-For", "203.0.113.9");
        caller.set("X-Forwarded-Host", "evil.example.com");
        caller.set("Forwarded", "for=203.0.113.9");
        caller.set("X-Api-Key", "k");
        caller.set("Host", "gateway.example.com");
        caller.set("Connection", "keep-alive");
        caller.set("Accept", "application/json");
        caller.set("Content-Type", "application/json");
        caller.set("If-None-Match", "\"v1\"");
        caller.set("Idempotency-Key", "abc");

        HttpHeaders forwarded = RawHeaders.towardsStore(caller);

        assertThat(forwarded.headerNames())
                .containsExactlyInAnyOrder("Accept", "Content-Type", "If-None-Match", "Idempotency-Key");
    }

    @Test
    void hopByHopCookiesCorsAndGatewayOwnedHeadersStayWithTheStore() {
        HttpHeaders store = new HttpHeaders();
        store.set("Connection", "close, X-Hop");
        store.set("X-Hop", "1");
        store.set("Keep-Alive", "timeout=5");
        store.set("Transfer-Encoding", "chunked");
        store.set("TE", "trailers");
        store.set("Trailer", "X-Checksum");
        store.set("Upgrade", "h2c");
        store.set("Proxy-Authenticate", "Basic");
        store.add("Set-Cookie", "a=1");
        store.add("Set-Cookie", "b=2");
        store.set("Content-Length", "42");
        store.set("X-Request-Id", "theirs");
        store.set("X-RateLimit-Remaining", "9");
        store.set("Access-Control-Allow-Origin", "*");
        store.set("Content-Type", "application/json");
        store.set("ETag", "\"v2\"");
        store.set("Cache-Control", "private, max-age=60");
        store.set("Location", "/admin/orders/order_1");

        HttpHeaders passed = RawHeaders.towardsCaller(store);

        assertThat(passed.headerNames()).containsExactlyInAnyOrder("Content-Type", "ETag", "Cache-Control", "Location");
    }
}
