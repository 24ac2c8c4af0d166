package io.omnicart.credential.domain;

import io.omnicart.core.port.CredentialKeyRotation;
import io.omnicart.core.port.ReencryptionReport;
import io.omnicart.credential.crypto.CredentialSealer;
import io.omnicart.credential.persistence.AccountRepository;
import io.omnicart.credential.persistence.AccountRow;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Rewrites every stored credential that is not under the keyset's primary key. Each row is swapped only if it is
 * still the row that was read (same version, same old key), so a concurrent edit wins and is never undone; the pass
 * reports what remains for a rerun. Reads keep working throughout because the keyset still holds the old keys (and the
 * plaintext does not change); the pass ends by emptying this instance's {@link ConnectionCache} all the same.
 */
public final class CredentialReencryptor implements CredentialKeyRotation {

    private static final Logger log = LoggerFactory.getLogger(CredentialReencryptor.class);

    private final AccountRepository repository;
    private final CredentialSealer sealer;
    private final ConnectionCache connections;
    private final int concurrency;

    public CredentialReencryptor(
            AccountRepository repository, CredentialSealer sealer, ConnectionCache connections, int concurrency) {
        this.repository = repository;
        this.sealer = sealer;
        this.connections = connections;
        this.concurrency = concurrency;
    }

    @Override
    public Mono<ReencryptionReport> reencryptAll() {
        long primary = sealer.primaryKeyId();
        return repository
                .findNotUnderKey(primary)
                .collectList()
                .flatMap(rows -> reencrypt(rows, primary).map(done -> new long[] {rows.size(), done}))
                .flatMap(counts -> repository
                        .countNotUnderKey(primary)
                        .map(remaining -> new ReencryptionReport(primary, counts[0], counts[1], remaining)))
                .flatMap(report -> connections.forgetAll().thenReturn(report))
                .doOnNext(report -> log.info(
                        "credential re-encryption under key {}: {} of {} row(s) rewritten, {} remaining",
                        report.primaryKeyId(),
                        report.reencrypted(),
                        report.examined(),
                        report.remaining()));
    }

    private Mono<Long> reencrypt(List<AccountRow> rows, long primary) {
        return Flux.fromIterable(rows)
                .flatMap(row -> reencrypt(row, primary), concurrency)
                .filter(Boolean::booleanValue)
                .count();
    }

    private Mono<Boolean> reencrypt(AccountRow row, long primary) {
        return Mono.fromCallable(() -> sealer.reseal(row.workspaceId(), row.id(), row.credentials()))
                .flatMap(encrypted -> repository.replaceCiphertext(row, encrypted.ciphertext(), primary))
                .onErrorResume(IllegalStateException.class, error -> {
                    log.warn("credentials of account {} cannot be re-encrypted: {}", row.id(), error.getMessage());
                    return Mono.just(false);
                });
    }
}
