package io.omnicart.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.error.NotFound;
import io.omnicart.core.model.Account;
import io.omnicart.core.model.AccountStatus;
import io.omnicart.core.model.AuthMethod;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.StoreInfo;
import io.omnicart.core.port.AccountDirectory;
import io.omnicart.core.port.AccountResolver;
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.core.spi.StoreConnection;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class WorkspaceAccountsTest {

    private final StaticListableBeanFactory beans = new StaticListableBeanFactory();

    @Test
    void withoutStoredAccountsEveryWorkspaceHasTheDemoAccount() {
        WorkspaceAccounts accounts = accounts(true);

        StepVerifier.create(accounts.list("ws-1").map(Account::id))
                .expectNext("demo")
                .verifyComplete();
        StepVerifier.create(accounts.get("ws-2", "demo"))
                .assertNext(demo -> {
                    assertThat(demo.label()).isEqualTo("Demo Store");
                    assertThat(demo.platform()).isEqualTo(Platform.DEMO);
                    assertThat(demo.authMethod()).isEqualTo(AuthMethod.NONE);
                    assertThat(demo.status()).isEqualTo(AccountStatus.CONNECTED);
                    assertThat(demo.store()).isEqualTo(new StoreInfo("demo store"));
                    assertThat(demo.baseUrl()).isNull();
                })
                .verifyComplete();
        StepVerifier.create(accounts.resolve("ws-3", "demo"))
                .assertNext(store -> {
                    assertThat(store.workspaceId()).isEqualTo("ws-3");
                    assertThat(store.platform()).isEqualTo(Platform.DEMO);
                    assertThat(store.credentials()).isInstanceOf(Credentials.None.class);
                })
                .verifyComplete();
    }

    @Test
    void storedAccountsComeAfterTheDemoAccountAndDuplicatesAreDropped() {
        beans.addBean("stored", new StoredAccounts());
        WorkspaceAccounts accounts = accounts(true);

        StepVerifier.create(accounts.list("ws-1").map(Account::id))
                .expectNext("demo", "acc_1")
                .verifyComplete();
        StepVerifier.create(accounts.get("ws-1", "acc_1").map(Account::label))
                .expectNext("Production")
                .verifyComplete();
        StepVerifier.create(accounts.resolve("ws-1", "acc_1").map(StoreConnection::platform))
                .expectNext(Platform.MEDUSA)
                .verifyComplete();
    }

    @Test
    void unknownAndForeignAccountsAreNotFound() {
        beans.addBean("stored", new StoredAccounts());
        WorkspaceAccounts accounts = accounts(true);

        StepVerifier.create(accounts.get("ws-other", "acc_1"))
                .verifyErrorSatisfies(WorkspaceAccountsTest::accountNotFound);
        StepVerifier.create(accounts.resolve("ws-1", "acc_2"))
                .verifyErrorSatisfies(WorkspaceAccountsTest::accountNotFound);
    }

    @Test
    void withoutTheDemoAdapterThereIsNoDemoAccount() {
        WorkspaceAccounts accounts = accounts(false);

        StepVerifier.create(accounts.list("ws-1")).verifyComplete();
        StepVerifier.create(accounts.resolve("ws-1", "demo"))
                .verifyErrorSatisfies(WorkspaceAccountsTest::accountNotFound);
    }

    private WorkspaceAccounts accounts(boolean withDemo) {
        if (withDemo) {
            beans.addBean("demoAdapter", new StubAdapter(Platform.DEMO, Set.of(), true).adapter);
        }
        AdapterRegistry registry = new AdapterRegistry(
                beans.getBeanProvider(CommerceAdapter.class), beans.getBeanProvider(AdapterDecorator.class));
        WorkspaceAccounts accounts = new WorkspaceAccounts(
                new DemoAccount(registry),
                beans.getBeanProvider(AccountDirectory.class),
                beans.getBeanProvider(AccountResolver.class));
        beans.addBean("composite", accounts);
        accounts.afterSingletonsInstantiated();
        return accounts;
    }

    private static void accountNotFound(Throwable error) {
        assertThat(error).isInstanceOf(NotFound.class);
        assertThat(((NotFound) error).resource()).isEqualTo("account");
    }

    /** What credential-service contributes: one Medusa account in ws-1, and (wrongly) the demo account again. */
    private static final class StoredAccounts implements AccountDirectory, AccountResolver {

        private static final Account ACCOUNT = new Account(
                "acc_1",
                Platform.MEDUSA,
                "Production",
                URI.create("https://shop.example.com"),
                AuthMethod.API_KEY,
                AccountStatus.CONNECTED,
                null,
                new StoreInfo("Shop"),
                null,
                OffsetDateTime.parse("2026-01-01T00:00:00Z"));

        @Override
        public Flux<Account> list(String workspaceId) {
            return "ws-1".equals(workspaceId)
                    ? Flux.just(
                            ACCOUNT,
                            new Account(
                                    "demo",
                                    Platform.DEMO,
                                    "dup",
                                    null,
                                    AuthMethod.NONE,
                                    AccountStatus.CONNECTED,
                                    null,
                                    null,
                                    null,
                                    ACCOUNT.createdAt()))
                    : Flux.empty();
        }

        @Override
        public Mono<Account> get(String workspaceId, String accountId) {
            return list(workspaceId)
                    .filter(a -> a.id().equals(accountId))
                    .next()
                    .switchIfEmpty(Mono.error(new NotFound("account", accountId)));
        }

        @Override
        public Mono<StoreConnection> resolve(String workspaceId, String accountId) {
            return get(workspaceId, accountId)
                    .map(a -> new StoreConnection(
                            a.id(),
                            workspaceId,
                            a.platform(),
                            a.baseUrl(),
                            new Credentials.ApiKey(Secret.of("sk_test"))));
        }
    }
}
