package io.omnicart.gateway.passthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.core.error.InvalidRequest;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the raw route lets through to the account's base URL, independently of the web layer's own firewall. */
class RawPathTest {

    private static final URI BASE = URI.create("https://shop.example.com/medusa");

    @Test
    void aPathAndQueryGoBelowTheBaseUrlUntouched() {
        RawPath path = RawPath.of("/admin/orders/order_01%20X", "limit=2&fields=%2Bitems");

        assertThat(path.resolve(BASE, Map.of()))
                .isEqualTo(URI.create(
                        "https://shop.example.com/medusa/admin/orders/order_01%20X?limit=2&fields=%2Bitems"));
        assertThat(path.resolve(URI.create("https://shop.example.com/"), Map.of()))
                .isEqualTo(URI.create("https://shop.example.com/admin/orders/order_01%20X?limit=2&fields=%2Bitems"));
    }

    @Test
    void thePlatformsQueryCredentialsReplaceAnyTheCallerSent() {
        RawPath path = RawPath.of("/index.php", "route=api%2Fsale%2Forder&api_token=forged&api%5Ftoken=forged2");

        URI target = path.resolve(BASE, Map.of("api_token", "s3cr3t value"));

        assertThat(target.getRawQuery()).isEqualTo("route=api%2Fsale%2Forder&api_token=s3cr3t%20value");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "/",
                "admin/orders",
                "/admin/../secret",
                "/..",
                "/admin/./orders",
                "/admin/%2e%2e/secret",
                "/admin/%2E%2e/secret",
                "/admin/.%2e/secret",
                "/admin%2F..%2Fsecret",
                "/admin%2fsecret",
                "/admin%5Csecret",
                "/admin\\secret",
                "/admin/%252e%252e/secret",
                "/admin;jsessionid=1/orders",
                "/admin/..;/secret",
                "/admin//orders",
                "//evil.example.com/admin",
                "/http:%2F%2Fevil.example.com",
                "/https:/evil.example.com",
                "/javascript:alert(1)",
                "/admin/%00",
                "/admin/%0d%0aX-Injected:%201",
                "/admin/orders#fragment",
                "/admin/orders?q=1",
                "/admin/or ders",
                "/admin/%zz"
            })
    void pathsThatCouldLeaveOrConfuseTheBaseUrlAreRefused(String path) {
        assertThatThrownBy(() -> RawPath.of(path, null))
                .isInstanceOfSatisfying(
                        InvalidRequest.class,
                        e -> assertThat(e.errors())
                                .singleElement()
                                .satisfies(error -> assertThat(error.field()).isEqualTo("path")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a=1#x", "a=1 2", "a=%0", "a=<script>"})
    void queriesThatAreNotQueriesAreRefused(String query) {
        assertThatThrownBy(() -> RawPath.of("/admin/orders", query).resolve(BASE, Map.of("t", "v")))
                .isInstanceOf(InvalidRequest.class);
    }

    @Test
    void aColonOrAtSignInsideThePathIsJustAPathCharacter() {
        assertThat(RawPath.of("/admin/v1:batch/user@example.com", null).resolve(BASE, Map.of()))
                .isEqualTo(URI.create("https://shop.example.com/medusa/admin/v1:batch/user@example.com"));
    }
}
