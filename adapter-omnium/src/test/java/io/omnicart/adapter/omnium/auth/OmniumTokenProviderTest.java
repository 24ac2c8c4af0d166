package io.omnicart.adapter.omnium.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.adapter.omnium.OmniumAdapter;
import io.omnicart.adapter.omnium.OmniumSettings;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.Platform;
import io.omnicart.core.port.CachedToken;
import io.omnicart.core.spi.RawAuthorization;
import io.omnicart.core.spi.RawRequest;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.testkit.contract.ContractTokenCache;
import io.omnicart.testkit.simulator.omnium.OmniumSimulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Tokens are cached for Omnium's {@code expiresIn} minus the skew (reference §1), and the raw passthrough gets the
 * cached token as {@code Authorization: Bearer …}; a token the passthrough saw refused is evicted.
 */
class OmniumTokenProviderTest {

    private static OmniumSimulator simulator;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final ContractTokenCache cache = new ContractTokenCache(clock);
    private final OmniumAdapter adapter =
            new OmniumAdapter(WebClient.create(), cache, OmniumSettings.defaults(), clock);
    private final StoreConnection store =
            new StoreConnection("acc_tokens", "ws", Platform.OMNIUM, simulator.baseUrl(), simulator.credentials());

    @BeforeAll
    static void start() {
        simulator = OmniumSimulator.start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void reset() {
        simulator.reset();
        simulator.seedBulkOrders(3);
    }

    @Test
    void aTokenLivesForItsExpiresInMinusTheSkew() {
        simulator.options().tokenLifetime(Duration.ofMinutes(10));
        list();
        CachedToken token =
                cache.get("acc_tokens", OmniumTokenProvider.PURPOSE + "@v0").block();
        assertThat(token.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));

        clock.advance(Duration.ofMinutes(4));
        list();
        assertThat(logins()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        list();
        assertThat(logins()).isEqualTo(2);
    }

    @Test
    void thePassthroughGetsTheCachedBearerAndDropsARefusedOne() {
        RawRequest request = new RawRequest("GET", "/api/Orders/B0000001", null, null);
        list();

        RawAuthorization first = adapter.authorizeRaw(store, request).block(Duration.ofSeconds(10));
        CachedToken cached =
                cache.get("acc_tokens", OmniumTokenProvider.PURPOSE + "@v0").block();
        assertThat(first.headers())
                .containsEntry("Authorization", "Bearer " + cached.value().reveal());
        assertThat(first.queryParameters()).isEmpty();
        assertThat(first.toString()).doesNotContain(cached.value().reveal());
        assertThat(logins()).isEqualTo(1);

        adapter.rawRejected(store, first).block(Duration.ofSeconds(10));
        RawAuthorization second = adapter.authorizeRaw(store, request).block(Duration.ofSeconds(10));

        assertThat(logins()).isEqualTo(2);
        assertThat(second.headers().get("Authorization"))
                .isNotEqualTo(first.headers().get("Authorization"));
        adapter.rawRejected(store, first).block(Duration.ofSeconds(10));
        assertThat(cache.get("acc_tokens", OmniumTokenProvider.PURPOSE + "@v0").block())
                .as("an older refused token does not evict the fresh one")
                .isNotNull();
    }

    private void list() {
        adapter.listOrders(store, OrderQuery.all(PageRequest.first(2))).block(Duration.ofSeconds(10));
    }

    private long logins() {
        return simulator.requests().stream()
                .filter(request -> request.path().equalsIgnoreCase("/api/Token"))
                .count();
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
