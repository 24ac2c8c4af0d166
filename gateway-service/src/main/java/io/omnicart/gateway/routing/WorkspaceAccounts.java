package io.omnicart.gateway.routing;

import io.omnicart.core.error.NotFound;
import io.omnicart.core.model.Account;
import io.omnicart.core.port.AccountDirectory;
import io.omnicart.core.port.AccountResolver;
import io.omnicart.core.spi.StoreConnection;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The accounts a workspace sees: the built-in {@link DemoAccount} first, then every other {@link AccountDirectory} /
 * {@link AccountResolver} bean in {@code @Order} (the stored accounts of credential-service). To contribute accounts,
 * declare such a bean; this composite is {@code @Primary}, so whoever injects the port gets the whole picture.
 */
@Primary
@Component
public class WorkspaceAccounts implements AccountDirectory, AccountResolver, SmartInitializingSingleton {

    private static final String ACCOUNT = "account";

    private final DemoAccount demo;
    private final ObjectProvider<AccountDirectory> directoryBeans;
    private final ObjectProvider<AccountResolver> resolverBeans;
    private List<AccountDirectory> directories = List.of();
    private List<AccountResolver> resolvers = List.of();

    public WorkspaceAccounts(
            DemoAccount demo,
            ObjectProvider<AccountDirectory> directoryBeans,
            ObjectProvider<AccountResolver> resolverBeans) {
        this.demo = demo;
        this.directoryBeans = directoryBeans;
        this.resolverBeans = resolverBeans;
    }

    /** The contributors, collected once every singleton exists (collecting earlier would include this bean). */
    @Override
    public void afterSingletonsInstantiated() {
        directories = directoryBeans.orderedStream().filter(d -> d != this).toList();
        resolvers = resolverBeans.orderedStream().filter(r -> r != this).toList();
    }

    @Override
    public Flux<Account> list(String workspaceId) {
        Flux<Account> stored = Flux.fromIterable(directories).concatMap(d -> d.list(workspaceId));
        return demo.account(workspaceId).concatWith(stored).distinct(Account::id);
    }

    @Override
    public Mono<Account> get(String workspaceId, String accountId) {
        if (demo.matches(accountId)) {
            return demo.account(workspaceId);
        }
        return firstFound(directories, d -> d.get(workspaceId, accountId), accountId);
    }

    @Override
    public Mono<StoreConnection> resolve(String workspaceId, String accountId) {
        if (demo.matches(accountId)) {
            return Mono.just(demo.connection(workspaceId));
        }
        return firstFound(resolvers, r -> r.resolve(workspaceId, accountId), accountId);
    }

    /** The first contributor that knows the account; {@code NotFound("account", id)} when none does. */
    private static <P, T> Mono<T> firstFound(List<P> contributors, Function<P, Mono<T>> lookup, String accountId) {
        return Flux.fromIterable(contributors)
                .concatMap(contributor -> lookup.apply(contributor).onErrorResume(NotFound.class, e -> Mono.empty()))
                .next()
                .switchIfEmpty(Mono.error(() -> new NotFound(ACCOUNT, accountId)));
    }
}
