package io.omnicart.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.error.NotFound;
import io.omnicart.core.error.ReadOnlyStore;
import io.omnicart.core.error.UnsupportedCapability;
import io.omnicart.core.model.Capability;
import io.omnicart.core.model.Platform;
import io.omnicart.core.port.AccountResolver;
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.gateway.security.Caller;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class StoreCallsTest {

    private static final Caller CALLER = new Caller("user", "ws-1", Set.of(Caller.COMMERCE_BUNDLE));

    private final StaticListableBeanFactory beans = new StaticListableBeanFactory();

    @Test
    void aSupportedReadReachesTheAdapterWithTheResolvedStore() {
        StoreCalls calls = calls(new StubAdapter(Platform.OPENCART, Set.of(Capability.ORDERS_READ), false));

        StepVerifier.create(calls.read(
                        CALLER,
                        "acc_1",
                        Capability.ORDERS_READ,
                        (adapter, store) -> Mono.just(
                                adapter.platform().wire() + " " + store.accountId() + " " + store.workspaceId())))
                .expectNext("opencart acc_1 ws-1")
                .verifyComplete();
    }

    @Test
    void anOperationOutsideTheCapabilitiesIsNotSupported() {
        StubAdapter opencart = new StubAdapter(Platform.OPENCART, Set.of(Capability.ORDERS_READ), false);
        StoreCalls calls = calls(opencart);

        StepVerifier.create(calls.write(
                        CALLER,
                        "acc_1",
                        Capability.ORDER_ARCHIVE,
                        (adapter, store) -> adapter.archiveOrder(store, "o1")))
                .verifyErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(UnsupportedCapability.class);
                    assertThat(((UnsupportedCapability) error).capability()).isEqualTo(Capability.ORDER_ARCHIVE);
                });
        assertThat(opencart.calls).isEmpty();
    }

    @Test
    void aWriteOnAReadOnlyStoreIsRefusedBeforeTheCapabilityCheck() {
        StubAdapter demo = new StubAdapter(Platform.OPENCART, Set.of(Capability.ORDERS_READ), true);
        StoreCalls calls = calls(demo);

        StepVerifier.create(calls.write(
                        CALLER,
                        "acc_1",
                        Capability.ORDER_CANCEL,
                        (adapter, store) -> adapter.completeOrder(store, "o1")))
                .verifyError(ReadOnlyStore.class);
        StepVerifier.create(calls.read(CALLER, "acc_1", Capability.ORDERS_READ, (adapter, store) -> Mono.just("read")))
                .expectNext("read")
                .verifyComplete();
        assertThat(demo.calls).isEmpty();
    }

    @Test
    void anAccountWhosePlatformHasNoAdapterIsNotSupported() {
        StoreCalls calls = calls(new StubAdapter(Platform.MEDUSA, Set.of(Capability.ORDERS_READ), false));

        StepVerifier.create(calls.read(CALLER, "acc_1", Capability.ORDERS_READ, (adapter, store) -> Mono.just("x")))
                .verifyError(UnsupportedCapability.class);
    }

    @Test
    void resolutionFailuresPropagateLazily() {
        AccountResolver missing = (workspace, account) -> Mono.error(new NotFound("account", account));
        StoreCalls calls = new StoreCalls(missing, registry());

        Mono<String> call = calls.read(CALLER, "acc_9", Capability.ORDERS_READ, (adapter, store) -> Mono.just("x"));

        StepVerifier.create(call).verifyError(NotFound.class);
    }

    private StoreCalls calls(StubAdapter adapter) {
        beans.addBean("adapter", adapter.adapter);
        AccountResolver resolver = (workspace, account) ->
                Mono.just(new StoreConnection(account, workspace, Platform.OPENCART, null, new Credentials.None()));
        return new StoreCalls(resolver, registry());
    }

    private AdapterRegistry registry() {
        return new AdapterRegistry(
                beans.getBeanProvider(CommerceAdapter.class), beans.getBeanProvider(AdapterDecorator.class));
    }
}
