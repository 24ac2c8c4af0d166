package io.omnicart.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.error.ConnectionFailed;
import io.omnicart.core.error.CredentialsRejected;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.testkit.simulator.Fault;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * Credentials: tokens are reused, an expired token costs exactly one fresh login, a token refused twice ends in {@code
 * CredentialsRejected}, and connect-time verification names what is wrong ({@code auth_rejected}, {@code
 * unreachable}, {@code not_<platform>}).
 */
public abstract class AuthenticationContract extends ContractGroup {

    protected AuthenticationContract(CommerceAdapterContract contract) {
        super(contract);
    }

    @Test
    void aTokenIsReusedAcrossCalls() {
        await(probe(store()));
        simulator().clearRequests();

        await(probe(store()));
        await(probe(store()));

        assertThat(logins()).isZero();
    }

    @Test
    void anExpiredTokenCostsExactlyOneLogin() {
        await(probe(store()));
        simulator().clearRequests();
        simulator().expireTokens();

        assertThat(await(probe(store())).data()).isNotEmpty();

        assertThat(logins()).isEqualTo(contract().usesTokens() ? 1 : 0);
    }

    @Test
    void aTokenRefusedTwiceIsRejectedCredentialsAfterOneLogin() {
        await(probe(store()));
        simulator().clearRequests();
        simulator().failNext(2, Fault.tokenExpired());

        CredentialsRejected rejected = failure(probe(store()), CredentialsRejected.class);

        assertThat(rejected.platform()).isEqualTo(adapter().platform());
        assertThat(rejected.upstreamStatus()).isEqualTo(401);
        assertThat(logins()).isEqualTo(contract().usesTokens() ? 1 : 0);
    }

    @Test
    void wrongCredentialsAreRejected() {
        StoreConnection wrong = contract().connectionWithWrongCredentials();

        failure(probe(wrong), CredentialsRejected.class);
        ConnectionFailed failed = failure(adapter().verify(wrong), ConnectionFailed.class);
        assertThat(failed.reason()).isEqualTo("auth_rejected");
        assertThat(failed.getMessage()).doesNotContain(secretsOf(wrong));
    }

    @Test
    void verifyingAClosedPortSaysUnreachable() {
        StoreConnection closed = Connections.withBaseUrl(store(), Connections.closedPort());

        ConnectionFailed failed = failure(adapter().verify(closed), ConnectionFailed.class);

        assertThat(failed.reason()).isEqualTo("unreachable");
    }

    @Test
    void verifyingAnotherKindOfServerSaysSo() {
        try (NotAStoreServer other = NotAStoreServer.start()) {
            StoreConnection elsewhere = Connections.withBaseUrl(store(), other.baseUrl());

            ConnectionFailed failed = failure(adapter().verify(elsewhere), ConnectionFailed.class);

            assertThat(failed.reason()).isEqualTo("not_" + adapter().platform().wire());
        }
    }

    private long logins() {
        return simulator().requests().stream().filter(contract()::isLogin).count();
    }

    private Mono<Page<OrderSummary>> probe(StoreConnection connection) {
        return adapter().listOrders(connection, OrderQuery.all(PageRequest.first(2)));
    }

    private static String[] secretsOf(StoreConnection connection) {
        return Connections.secrets(connection).toArray(String[]::new);
    }
}
