package io.omnicart.gateway.routing;

import io.omnicart.core.model.Account;
import io.omnicart.core.model.AccountStatus;
import io.omnicart.core.model.AuthMethod;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.StoreInfo;
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.StoreConnection;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The built-in account {@code demo}: present in every workspace whenever the demo adapter is installed. */
@Component
public class DemoAccount {

    public static final String ID = "demo";
    public static final String LABEL = "Demo Store";
    /** A fixed date, so every gateway instance shows the same account. */
    static final OffsetDateTime CREATED_AT = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final AdapterRegistry registry;
    private final Clock clock = Clock.systemUTC();

    public DemoAccount(AdapterRegistry registry) {
        this.registry = registry;
    }

    public boolean available() {
        return registry.supports(Platform.DEMO);
    }

    /** Whether {@code accountId} addresses the built-in demo account. */
    public boolean matches(String accountId) {
        return ID.equals(accountId) && available();
    }

    public StoreConnection connection(String workspaceId) {
        return new StoreConnection(ID, workspaceId, Platform.DEMO, null, new Credentials.None());
    }

    /** The account as the API lists it; the store name comes from the demo adapter itself. */
    public Mono<Account> account(String workspaceId) {
        return Mono.justOrEmpty(registry.find(Platform.DEMO))
                .flatMap(adapter -> verify(adapter, workspaceId))
                .map(this::toAccount);
    }

    private Mono<StoreInfo> verify(CommerceAdapter adapter, String workspaceId) {
        return adapter.verify(connection(workspaceId));
    }

    private Account toAccount(StoreInfo store) {
        return new Account(
                ID,
                Platform.DEMO,
                LABEL,
                null,
                AuthMethod.NONE,
                AccountStatus.CONNECTED,
                null,
                store,
                OffsetDateTime.now(clock),
                CREATED_AT);
    }
}
