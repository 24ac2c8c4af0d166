package io.omnicart.credential.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.core.spi.StoreConnection;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The cache's own rules: keys include the workspace, a forget beats a load that started before it, zero turns it off. */
class ConnectionCacheTest {

    private final ConnectionCache cache = new ConnectionCache(Duration.ofHours(1), 100);

    @Test
    void anEntryBelongsToItsWorkspaceOnly() {
        cache.put("ws-a", "acc_1", cached("ws-a", 1), cache.generation());

        assertThat(cache.get("ws-a", "acc_1")).isNotNull();
        assertThat(cache.get("ws-b", "acc_1")).isNull();
        assertThat(cache.get("ws-a", "acc_2")).isNull();
    }

    @Test
    void aLoadThatStartedBeforeAForgetIsNotKept() {
        long loadStarted = cache.generation();
        cache.forget("ws-a", "acc_1").block();

        cache.put("ws-a", "acc_1", cached("ws-a", 1), loadStarted);

        assertThat(cache.get("ws-a", "acc_1")).isNull();
        cache.put("ws-a", "acc_1", cached("ws-a", 2), cache.generation());
        assertThat(cache.get("ws-a", "acc_1").version()).isEqualTo(2);
    }

    @Test
    void forgetDropsOneAccountAndForgetAllEvery() {
        cache.put("ws-a", "acc_1", cached("ws-a", 1), cache.generation());
        cache.put("ws-a", "acc_2", cached("ws-a", 1), cache.generation());

        cache.forget("ws-a", "acc_1").block();
        assertThat(cache.get("ws-a", "acc_1")).isNull();
        assertThat(cache.get("ws-a", "acc_2")).isNotNull();

        cache.forgetAll().block();
        assertThat(cache.size()).isZero();
    }

    @Test
    void theSizeIsBounded() {
        ConnectionCache small = new ConnectionCache(Duration.ofHours(1), 3);
        for (int i = 0; i < 50; i++) {
            small.put("ws-a", "acc_" + i, cached("ws-a", 1), small.generation());
        }

        assertThat(small.size()).isLessThanOrEqualTo(3);
    }

    @Test
    void aZeroTtlOrSizeKeepsNothing() {
        for (ConnectionCache off : new ConnectionCache[] {
            new ConnectionCache(Duration.ZERO, 100), new ConnectionCache(Duration.ofHours(1), 0)
        }) {
            off.put("ws-a", "acc_1", cached("ws-a", 1), off.generation());
            assertThat(off.get("ws-a", "acc_1")).isNull();
        }
    }

    @Test
    void anEntryShowsNoSecret() {
        assertThat(cached("ws-a", 1).toString())
                .doesNotContain("sk_secret_value")
                .contains("******");
    }

    private static ConnectionCache.Cached cached(String workspace, long version) {
        StoreConnection connection = new StoreConnection(
                "acc_1",
                workspace,
                Platform.MEDUSA,
                URI.create("https://shop.example.com"),
                new Credentials.ApiKey(Secret.of("sk_secret_value")));
        return new ConnectionCache.Cached(connection, version);
    }
}
