package io.omnicart.gateway.guard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.omnicart.core.model.Platform;
import io.omnicart.core.port.AccountStatusRecorder;
import io.omnicart.core.spi.StoreConnection;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import reactor.core.publisher.Mono;

/**
 * Tells the {@link AccountStatusRecorder} (when one is installed) what the guard learns: credentials rejected after a
 * fresh login make the account failing; a success clears it. Successes are passed on at most once per {@code
 * successInterval} per account (and at once after a failure), so a busy account does not write on every call. A
 * recorder failure never fails the call.
 */
public class AccountStatusReporter {

    private static final Logger log = LoggerFactory.getLogger(AccountStatusReporter.class);
    static final String AUTH_REJECTED = "auth_rejected";

    private final ObjectProvider<AccountStatusRecorder> recorder;
    private final Cache<String, Boolean> recentlyReported;
    /** The recorder (or its absence), looked up on first use: beans are complete by then, and never change after. */
    private volatile Optional<AccountStatusRecorder> resolved;

    public AccountStatusReporter(ObjectProvider<AccountStatusRecorder> recorder, Duration successInterval) {
        this.recorder = recorder;
        this.recentlyReported = Caffeine.newBuilder()
                .expireAfterWrite(successInterval)
                .maximumSize(100_000)
                .build();
    }

    public Mono<Void> failure(StoreConnection store) {
        AccountStatusRecorder target = recorder();
        if (target == null || store.platform() == Platform.DEMO) {
            return Mono.empty();
        }
        recentlyReported.invalidate(key(store));
        return Mono.defer(() -> target.recordFailure(store.workspaceId(), store.accountId(), AUTH_REJECTED))
                .onErrorResume(this::ignored);
    }

    public Mono<Void> success(StoreConnection store) {
        AccountStatusRecorder target = recorder();
        if (target == null
                || store.platform() == Platform.DEMO
                || recentlyReported.asMap().putIfAbsent(key(store), true) != null) {
            return Mono.empty();
        }
        return Mono.defer(() -> target.recordSuccess(store.workspaceId(), store.accountId()))
                .onErrorResume(this::ignored);
    }

    private AccountStatusRecorder recorder() {
        Optional<AccountStatusRecorder> known = resolved;
        if (known == null) {
            known = Optional.ofNullable(recorder.getIfAvailable());
            resolved = known;
        }
        return known.orElse(null);
    }

    private Mono<Void> ignored(Throwable error) {
        log.warn("could not record the account status ({})", error.getClass().getSimpleName());
        return Mono.empty();
    }

    private static String key(StoreConnection store) {
        return store.workspaceId() + "/" + store.accountId();
    }
}
