package io.omnicart.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.error.CredentialsRejected;
import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.core.spi.StoreConnection;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class TokenSessionTest {

    private static final String PURPOSE = "medusa:admin-jwt";

    private final MapTokenCache cache = new MapTokenCache();
    private final TokenSession session = new TokenSession(cache, PURPOSE, Duration.ofMinutes(55));
    private final AtomicInteger logins = new AtomicInteger();
    private final List<String> tokensSeen = new CopyOnWriteArrayList<>();
    private final Mono<CachedToken> login = Mono.fromSupplier(() -> new CachedToken(
            Secret.of("jwt-" + logins.incrementAndGet()), Instant.now().plusSeconds(3600)));

    private Mono<String> call(CachedToken token, String accepted) {
        tokensSeen.add(token.value().reveal());
        return token.value().reveal().equals(accepted)
                ? Mono.just("ok with " + accepted)
                : Mono.error(new CredentialsRejected("Unauthorized", Platform.MEDUSA, 401));
    }

    @Test
    void usesTheCachedTokenWithoutLoggingIn() {
        cache.put(
                        "acc",
                        PURPOSE,
                        new CachedToken(Secret.of("cached"), Instant.now().plusSeconds(600)),
                        Duration.ofHours(1))
                .block();
        StepVerifier.create(session.mono("acc", login, token -> call(token, "cached")))
                .expectNext("ok with cached")
                .verifyComplete();
        assertThat(logins).hasValue(0);
    }

    @Test
    void tokensAreKeptPerCredentialsVersionSoOldCredentialsNeverLendANewConnectionTheirToken() {
        StoreConnection before = connection(3);
        StoreConnection after = connection(4);
        StepVerifier.create(session.mono(before, login, token -> call(token, "jwt-1")))
                .expectNext("ok with jwt-1")
                .verifyComplete();

        StepVerifier.create(session.mono(after, login, token -> call(token, "jwt-2")))
                .expectNext("ok with jwt-2")
                .verifyComplete();
        StepVerifier.create(session.mono(before, login, token -> call(token, "jwt-1")))
                .expectNext("ok with jwt-1")
                .verifyComplete();

        assertThat(logins).hasValue(2);
        assertThat(tokensSeen).containsExactly("jwt-1", "jwt-2", "jwt-1");
        assertThat(TokenSession.purposeFor(PURPOSE, after)).isEqualTo("medusa:admin-jwt@v4");
        StepVerifier.create(session.evict(after).then(cache.get("acc", "medusa:admin-jwt@v4")))
                .verifyComplete();
        StepVerifier.create(cache.get("acc", "medusa:admin-jwt@v3"))
                .expectNextCount(1)
                .verifyComplete();
    }

    private static StoreConnection connection(long version) {
        return new StoreConnection(
                "acc", "ws", Platform.MEDUSA, URI.create("https://shop.example"), new Credentials.None(), version);
    }

    @Test
    void rejectedTokenIsEvictedAndTheCallRetriedOnceWithAFreshLogin() {
        cache.put(
                        "acc",
                        PURPOSE,
                        new CachedToken(Secret.of("stale"), Instant.now().plusSeconds(600)),
                        Duration.ofHours(1))
                .block();
        StepVerifier.create(session.mono("acc", login, token -> call(token, "jwt-1")))
                .expectNext("ok with jwt-1")
                .verifyComplete();
        assertThat(tokensSeen).containsExactly("stale", "jwt-1");
        assertThat(cache.get("acc", PURPOSE).map(t -> t.value().reveal()).block())
                .isEqualTo("jwt-1");
    }

    @Test
    void secondRejectionIsPassedOnAfterExactlyOneReLogin() {
        StepVerifier.create(session.mono("acc", login, token -> call(token, "never")))
                .verifyError(CredentialsRejected.class);
        assertThat(logins).hasValue(2);
        assertThat(tokensSeen).containsExactly("jwt-1", "jwt-2");
    }

    @Test
    void aFreshTokenStoredByAConcurrentCallerIsNotEvicted() {
        cache.put(
                        "acc",
                        PURPOSE,
                        new CachedToken(Secret.of("fresh"), Instant.now().plusSeconds(600)),
                        Duration.ofHours(1))
                .block();
        CachedToken stale = new CachedToken(Secret.of("stale"), Instant.now().plusSeconds(600));
        Mono<String> result = Mono.just(stale)
                .flatMap(token -> call(token, "fresh"))
                .onErrorResume(e -> session.mono("acc", login, token -> call(token, "fresh")));
        StepVerifier.create(result).expectNext("ok with fresh").verifyComplete();
        assertThat(logins).hasValue(0);
    }

    @Test
    void fluxCallsAreRetriedWhole() {
        cache.put(
                        "acc",
                        PURPOSE,
                        new CachedToken(Secret.of("stale"), Instant.now().plusSeconds(600)),
                        Duration.ofHours(1))
                .block();
        StepVerifier.create(session.flux(
                        "acc", login, token -> call(token, "jwt-1").flux().concatWithValues("b")))
                .expectNext("ok with jwt-1", "b")
                .verifyComplete();
    }

    /** A plain map, enough to exercise the session's own logic. */
    private static final class MapTokenCache implements TokenCache {

        private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();

        @Override
        public Mono<CachedToken> get(String accountId, String purpose) {
            return Mono.fromSupplier(() -> tokens.get(accountId + "/" + purpose));
        }

        @Override
        public Mono<Void> put(String accountId, String purpose, CachedToken token, Duration maxTtl) {
            return Mono.fromRunnable(() -> tokens.put(accountId + "/" + purpose, token));
        }

        @Override
        public Mono<CachedToken> getOrLogin(
                String accountId, String purpose, Mono<CachedToken> login, Duration maxTtl) {
            return get(accountId, purpose)
                    .switchIfEmpty(login.flatMap(
                            t -> put(accountId, purpose, t, maxTtl).thenReturn(t)));
        }

        @Override
        public Mono<Void> evict(String accountId, String purpose) {
            return Mono.fromRunnable(() -> tokens.remove(accountId + "/" + purpose));
        }

        @Override
        public Mono<Void> evictAccount(String accountId) {
            return Mono.fromRunnable(() -> tokens.keySet().removeIf(k -> k.startsWith(accountId + "/")));
        }
    }
}
