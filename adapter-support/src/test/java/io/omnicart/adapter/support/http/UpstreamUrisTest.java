package io.omnicart.adapter.support.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UpstreamUrisTest {

    @Test
    void baseUrlsLoseTheirTrailingSlashesOnly() {
        assertThat(UpstreamUris.withoutTrailingSlashes("https://shop.example.com///"))
                .isEqualTo("https://shop.example.com");
        assertThat(UpstreamUris.withoutTrailingSlashes("https://shop.example.com/medusa/"))
                .isEqualTo("https://shop.example.com/medusa");
        assertThat(UpstreamUris.withoutTrailingSlashes("https://shop.example.com"))
                .isEqualTo("https://shop.example.com");
        assertThat(UpstreamUris.withoutTrailingSlashes("///")).isEmpty();
    }

    @Test
    void pathAndQueryGoBelowTheBaseUrl() {
        URI base = URI.create("https://shop.example.com/api//");

        assertThat(UpstreamUris.resolve(base, "/orders", "")).hasToString("https://shop.example.com/api/orders");
        assertThat(UpstreamUris.resolve(base, "/orders", "limit=5"))
                .hasToString("https://shop.example.com/api/orders?limit=5");
    }
}
