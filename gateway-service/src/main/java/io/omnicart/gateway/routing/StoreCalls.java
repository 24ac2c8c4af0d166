package io.omnicart.gateway.routing;

import io.omnicart.core.error.ReadOnlyStore;
import io.omnicart.core.error.UnsupportedCapability;
import io.omnicart.core.model.Capability;
import io.omnicart.core.port.AccountKey;
import io.omnicart.core.port.AccountResolver;
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.gateway.events.FeedActivity;
import io.omnicart.gateway.security.Caller;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Routes an API call to a store: resolves the account within the caller's workspace (404 {@code account_not_found}
 * otherwise), refuses a write on a read-only store before anything else (403 {@code demo_read_only}), refuses an
 * operation outside the platform's capabilities (501 {@code not_supported}), and only then calls the adapter.
 */
@Component
public class StoreCalls {

    private final AccountResolver accounts;
    private final AdapterRegistry adapters;
    private final FeedActivity activity;

    public StoreCalls(AccountResolver accounts, AdapterRegistry adapters) {
        this(accounts, adapters, new FeedActivity(Clock.systemUTC()));
    }

    /** {@code activity} learns which accounts are in use, so the change feed polls them often. */
    @Autowired
    public StoreCalls(AccountResolver accounts, AdapterRegistry adapters, FeedActivity activity) {
        this.accounts = accounts;
        this.adapters = adapters;
        this.activity = activity;
    }

    public <T> Mono<T> read(Caller caller, String accountId, Capability capability, StoreCall<T> call) {
        return resolve(caller, accountId)
                .map(store -> target(store, capability, false))
                .flatMap(target -> call.call(target.adapter(), target.store()));
    }

    public <T> Mono<T> write(Caller caller, String accountId, Capability capability, StoreCall<T> call) {
        return resolve(caller, accountId)
                .map(store -> target(store, capability, true))
                .flatMap(target -> call.call(target.adapter(), target.store()));
    }

    /** The connection of {@code accountId} in the caller's workspace. */
    public Mono<StoreConnection> resolve(Caller caller, String accountId) {
        return Mono.defer(() -> accounts.resolve(caller.workspaceId(), accountId))
                .doOnNext(store -> activity.used(new AccountKey(caller.workspaceId(), accountId)));
    }

    private StoreTarget target(StoreConnection store, Capability capability, boolean write) {
        CommerceAdapter adapter = adapters.find(store.platform())
                .orElseThrow(() -> new UnsupportedCapability(capability, store.platform()));
        if (write && adapter.readOnly()) {
            throw new ReadOnlyStore(store.platform());
        }
        if (!adapter.capabilities().contains(capability)) {
            throw new UnsupportedCapability(capability, store.platform());
        }
        return new StoreTarget(store, adapter);
    }
}
