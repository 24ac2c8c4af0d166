package io.omnicart.adapter.opencart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.adapter.opencart.simulator.OpenCartTestStore;
import io.omnicart.core.error.ConnectionFailed;
import io.omnicart.core.error.CredentialsRejected;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.testkit.contract.Connections;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a merchant is told when connecting fails, one test per failure class, against the real bridge and the native
 * simulator (fixture users: {@code omnicart-disabled}, {@code omnicart-remote} allowed only from 203.0.113.7).
 */
class OpenCartConnectErrorsTest {

    private static final String DISABLED_KEY = "0mn1c4rtD15abl3d000000000000000000000000000000000000000000000002";
    private static final String REMOTE_KEY = "0mn1c4rtR3m0t3K3y00000000000000000000000000000000000000000000003";

    private static OpenCartTestStore store;
    private static OpenCartTestStore bare;
    private final OpenCartAdapter adapter = OpenCartTestAdapters.create(Duration.ofSeconds(10));

    @BeforeAll
    static void start() {
        store = OpenCartTestStore.fixture("3.0");
        bare = OpenCartTestStore.withoutBridge("3.0");
    }

    @AfterAll
    static void stop() {
        store.close();
        bare.close();
    }

    @Test
    void aWrongKeyIsAuthRejectedWithoutTheKeyInTheMessage() {
        String key = "wrong-key-1111111111111111111111111111111111111111111111111111111";
        ConnectionFailed failed = failure(store.connection("omnicart", key));

        assertThat(failed.reason()).isEqualTo("auth_rejected");
        assertThat(failed.getMessage()).contains("username or key is wrong").doesNotContain(key);
    }

    @Test
    void aDisabledApiUserIsAuthRejected() {
        ConnectionFailed failed = failure(store.connection("omnicart-disabled", DISABLED_KEY));

        assertThat(failed.reason()).isEqualTo("auth_rejected");
        assertThat(failed.getMessage()).contains("disabled").doesNotContain(DISABLED_KEY);
    }

    @Test
    void anAddressNotOnTheAllowListIsNamed() {
        ConnectionFailed failed = failure(store.connection("omnicart-remote", REMOTE_KEY));

        assertThat(failed.reason()).isEqualTo("ip_not_allowed");
        assertThat(failed.getMessage())
                .contains("127.0.0.1")
                .contains("IP addresses")
                .doesNotContain(REMOTE_KEY);
    }

    @Test
    void aMissingBridgeIsNamedWithWhereToUploadIt() {
        ConnectionFailed failed = failure(bare.connection());

        assertThat(failed.reason()).isEqualTo("bridge_missing");
        assertThat(failed.getMessage()).contains("omnicart-bridge.php");
    }

    @Test
    void aServerThatIsNoOpenCartSaysSo() throws IOException {
        com.sun.net.httpserver.HttpServer other =
                com.sun.net.httpserver.HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext("/", exchange -> {
            byte[] page = "<!doctype html><html><body>It works!</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        other.start();
        try {
            StoreConnection elsewhere = Connections.withBaseUrl(
                    store.connection(),
                    java.net.URI.create("http://127.0.0.1:" + other.getAddress().getPort()));
            assertThat(failure(elsewhere).reason()).isEqualTo("not_opencart");
        } finally {
            other.stop(0);
        }
    }

    @Test
    void aClosedPortIsUnreachable() {
        StoreConnection closed = Connections.withBaseUrl(store.connection(), Connections.closedPort());

        assertThat(failure(closed).reason()).isEqualTo("unreachable");
    }

    @Test
    void afterConnectingABridgeRefusalIsRejectedCredentials() {
        String key = "wrong-key-2222222222222222222222222222222222222222222222222222222";
        StoreConnection wrong = store.connection("omnicart", key);

        assertThatThrownBy(() -> adapter.listOrders(wrong, OrderQuery.all(PageRequest.first(5)))
                        .block())
                .isInstanceOfSatisfying(CredentialsRejected.class, rejected -> {
                    assertThat(rejected.upstreamStatus()).isEqualTo(401);
                    assertThat(rejected.getMessage()).doesNotContain(key);
                });
    }

    private ConnectionFailed failure(StoreConnection connection) {
        ConnectionFailed[] failed = new ConnectionFailed[1];
        assertThatThrownBy(() -> adapter.verify(connection).block())
                .isInstanceOfSatisfying(ConnectionFailed.class, f -> failed[0] = f);
        return failed[0];
    }
}
