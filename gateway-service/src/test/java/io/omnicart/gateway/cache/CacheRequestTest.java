package io.omnicart.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

/** Which requests the response cache looks at, and the key part each one gets. */
class CacheRequestTest {

    private static Optional<CacheRequest> of(HttpMethod method, String uri) {
        return CacheRequest.of(MockServerHttpRequest.method(method, uri).build());
    }

    @Test
    void readsAreKeyedByPathAndSortedQuery() {
        CacheRequest list = of(HttpMethod.GET, "/v1/accounts/acc-1/orders?status=open&limit=25&status=paid")
                .orElseThrow();

        assertThat(list.accountId()).isEqualTo("acc-1");
        assertThat(list.write()).isFalse();
        assertThat(list.kind()).contains(ResourceKind.LIST);
        assertThat(list.pathAndQuery()).isEqualTo("/v1/accounts/acc-1/orders?limit=25&status=open&status=paid");
    }

    @Test
    void kindsFollowTheSegmentsAfterTheAccount() {
        assertThat(of(HttpMethod.GET, "/v1/accounts/acc-1/orders/o-1")
                        .orElseThrow()
                        .kind())
                .contains(ResourceKind.DETAIL);
        assertThat(of(HttpMethod.GET, "/v1/accounts/acc-1//overview/")
                        .orElseThrow()
                        .kind())
                .contains(ResourceKind.OVERVIEW);
        assertThat(of(HttpMethod.GET, "/v1/accounts/acc-1/settings")
                        .orElseThrow()
                        .kind())
                .contains(ResourceKind.SETTINGS);
        assertThat(of(HttpMethod.GET, "/v1/accounts/acc-1/capabilities")
                        .orElseThrow()
                        .kind())
                .contains(ResourceKind.CAPABILITIES);
        assertThat(of(HttpMethod.GET, "/v1/accounts/acc-1/raw/admin/orders")
                        .orElseThrow()
                        .kind())
                .isEmpty();
        assertThat(of(HttpMethod.GET, "/v1/accounts/acc-1").orElseThrow().kind())
                .isEmpty();
        assertThat(of(HttpMethod.GET, "/v1/accounts/acc-1/orders").orElseThrow().pathAndQuery())
                .isEqualTo("/v1/accounts/acc-1/orders");
    }

    @Test
    void writesEvictAndOtherRequestsAreIgnored() {
        CacheRequest write =
                of(HttpMethod.POST, "/v1/accounts/acc-1/orders/o-1/complete").orElseThrow();
        assertThat(write.write()).isTrue();
        assertThat(write.kind()).isEmpty();
        assertThat(write.accountId()).isEqualTo("acc-1");

        assertThat(of(HttpMethod.HEAD, "/v1/accounts/acc-1/orders")).isEmpty();
        assertThat(of(HttpMethod.OPTIONS, "/v1/accounts/acc-1/orders")).isEmpty();
        assertThat(of(HttpMethod.GET, "/v1/accounts/")).isEmpty();
        assertThat(of(HttpMethod.GET, "/v1/accounts")).isEmpty();
        assertThat(of(HttpMethod.GET, "/v1/other/acc-1/orders")).isEmpty();
    }
}
