package io.omnicart.credential.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.omnicart.core.error.CredentialsUnreadable;
import io.omnicart.core.model.AccountStatus;
import io.omnicart.credential.persistence.AccountRepository;
import io.omnicart.credential.persistence.AccountRow;
import io.omnicart.credential.persistence.StatusChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Reports an account whose credentials no key of the keyset opens (the key was removed too early): one ERROR per
 * account and key id on this instance — not one per request — and the account marked {@code failing} with reason
 * {@value #REASON}, so an operator sees which key to restore. Neither names anything but the account and the key id.
 */
final class UnreadableCredentials {

    static final String REASON = "credentials_unreadable";
    private static final Logger log = LoggerFactory.getLogger(UnreadableCredentials.class);

    private final AccountRepository repository;
    private final Cache<String, Boolean> reported =
            Caffeine.newBuilder().maximumSize(10_000).build();

    UnreadableCredentials(AccountRepository repository) {
        this.repository = repository;
    }

    /** Logs (once) and records the failure, then fails with it. */
    <T> Mono<T> report(AccountRow row, CredentialsUnreadable error) {
        logOnce(row);
        return markFailing(row).then(Mono.error(error));
    }

    private void logOnce(AccountRow row) {
        if (reported.asMap().putIfAbsent(row.id() + "/" + row.keyId(), Boolean.TRUE) == null) {
            log.error(
                    "The stored credentials of account {} (workspace {}) were encrypted with key {}, which the"
                            + " configured credential keyset cannot decrypt; every call to this account fails until"
                            + " that key is restored to the keyset (omnicart.credentials.keyset).",
                    row.id(),
                    row.workspaceId(),
                    row.keyId());
        }
    }

    private Mono<Long> markFailing(AccountRow row) {
        if (AccountStatus.FAILING.wire().equals(row.status()) && REASON.equals(row.statusReason())) {
            return Mono.empty();
        }
        return repository.updateStatus(new StatusChange(
                row.workspaceId(), row.id(), AccountStatus.FAILING.wire(), REASON, null, null, false, row.version()));
    }
}
