package io.omnicart.credential.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.KeysetHandle;
import io.omnicart.core.model.Platform;
import io.omnicart.core.port.AccountManager;
import io.omnicart.core.port.AccountResolver;
import io.omnicart.core.port.ConnectAccountCommand;
import io.omnicart.core.port.CredentialKeyRotation;
import io.omnicart.core.port.ReencryptionReport;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.credential.crypto.Keysets;
import io.omnicart.credential.support.TestApplication;
import io.omnicart.credential.support.TestDatabase;
import io.omnicart.testkit.simulator.medusa.MedusaVerificationStub;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The rotation runbook on real PostgreSQL while two gateway instances serve reads: (1) every instance learns the new
 * key, (2) one instance makes it primary and re-encrypts, (3) the old key is retired. Every account stays readable on
 * every instance before, during and after. The instance that only learned the key runs without the connection cache,
 * so each of its reads decrypts the row as it is at that moment; the rotating one runs with it.
 */
class KeyRotationIT {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String KEY = "sk_rotation_0001";
    static TestDatabase db = new TestDatabase();

    @AfterAll
    static void drop() {
        db.drop();
    }

    @Test
    void everyAccountStaysReadableThroughoutARotation() {
        KeysetHandle original = Keysets.generate();
        KeysetHandle added = Keysets.addKey(original);
        long oldKey = Integer.toUnsignedLong(original.getPrimary().getId());
        long newKey = Integer.toUnsignedLong(added.getAt(1).getId());
        KeysetHandle promoted = Keysets.promote(added, newKey);
        List<String> ids;
        try (MedusaVerificationStub store = MedusaVerificationStub.start("Rotating Store", KEY, "pw");
                ConfigurableApplicationContext before = start(original)) {
            ids = Flux.range(0, 25)
                    .concatMap(i -> before.getBean(AccountManager.class)
                            .connect(
                                    "ws-rot-" + (i % 3),
                                    new ConnectAccountCommand(
                                            Platform.MEDUSA,
                                            "Store " + i,
                                            store.baseUrl(),
                                            new Credentials.ApiKey(Secret.of(KEY))))
                            .map(a -> "ws-rot-" + (i % 3) + "/" + a.id()))
                    .collectList()
                    .block(WAIT);
        }
        try (ConfigurableApplicationContext learned = start(added, "0s");
                ConfigurableApplicationContext rotated = start(promoted)) {
            assertThat(readAll(learned, ids).block(WAIT)).isEqualTo(ids.size());
            AtomicLong reads = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            Disposable readers = Flux.interval(Duration.ofMillis(5))
                    .onBackpressureDrop()
                    .concatMap(tick -> Flux.merge(readAll(learned, ids), readAll(rotated, ids)))
                    .subscribe(reads::addAndGet, error -> failures.incrementAndGet());
            ReencryptionReport report =
                    rotated.getBean(CredentialKeyRotation.class).reencryptAll().block(WAIT);
            Mono.delay(Duration.ofMillis(300)).block();
            readers.dispose();
            assertThat(failures.get()).isZero();
            assertThat(reads.get()).isGreaterThan(ids.size() * 2L);
            assertThat(report.primaryKeyId()).isEqualTo(newKey);
            assertThat(report.reencrypted()).isEqualTo(ids.size());
            assertThat(report.remaining()).isZero();
            assertThat(rotated.getBean(CredentialKeyRotation.class)
                            .reencryptAll()
                            .block(WAIT)
                            .examined())
                    .isZero();
            assertThat(readAll(learned, ids).block(WAIT)).isEqualTo(ids.size());
        }
        try (ConfigurableApplicationContext retired = start(Keysets.delete(promoted, oldKey))) {
            assertThat(readAll(retired, ids).block(WAIT)).isEqualTo(ids.size());
        }
    }

    /** Resolves every account (decrypting its credentials); errors if any cannot be read. */
    static Mono<Long> readAll(ConfigurableApplicationContext instance, List<String> ids) {
        AccountResolver resolver = instance.getBean(AccountResolver.class);
        return Flux.fromIterable(ids)
                .flatMap(key -> resolver.resolve(key.split("/")[0], key.split("/")[1]), 8)
                .filter(connection -> ((Credentials.ApiKey) connection.credentials())
                        .apiKey()
                        .reveal()
                        .equals(KEY))
                .count()
                .flatMap(count -> count == ids.size() ? Mono.just(count) : Mono.error(new AssertionError(count)));
    }

    static ConfigurableApplicationContext start(KeysetHandle keyset) {
        return start(keyset, "30s");
    }

    static ConfigurableApplicationContext start(KeysetHandle keyset, String connectionCacheTtl) {
        Map<String, Object> properties = new HashMap<>(db.properties());
        properties.put("omnicart.credentials.keyset", Keysets.toJson(keyset));
        properties.put("omnicart.accounts.allow-insecure-loopback", "true");
        properties.put("omnicart.accounts.connection-cache.ttl", connectionCacheTtl);
        return TestApplication.start(properties);
    }
}
