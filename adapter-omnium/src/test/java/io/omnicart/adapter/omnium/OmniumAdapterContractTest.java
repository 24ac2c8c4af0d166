package io.omnicart.adapter.omnium;

import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.testkit.contract.CommerceAdapterContract;
import io.omnicart.testkit.contract.ContractTokenCache;
import io.omnicart.testkit.simulator.RecordedRequest;
import io.omnicart.testkit.simulator.omnium.OmniumSimulator;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/** The adapter contract against the Omnium simulator, with an API user's client id and secret. */
class OmniumAdapterContractTest extends CommerceAdapterContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static OmniumSimulator simulator;
    private final String accountId = "acc_" + UUID.randomUUID();
    private final CommerceAdapter adapter = new OmniumAdapter(
            WebClient.builder()
                    .clientConnector(
                            new ReactorClientHttpConnector(HttpClient.create().responseTimeout(TIMEOUT)))
                    .build(),
            new ContractTokenCache(),
            OmniumSettings.defaults(),
            Clock.systemUTC());

    @BeforeAll
    static void startSimulator() {
        simulator = OmniumSimulator.start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @Override
    protected CommerceAdapter adapter() {
        return adapter;
    }

    @Override
    protected OmniumSimulator simulator() {
        return simulator;
    }

    @Override
    protected StoreConnection connection() {
        return new StoreConnection(
                accountId, "ws_contract", Platform.OMNIUM, simulator.baseUrl(), simulator.credentials());
    }

    @Override
    protected StoreConnection connectionWithWrongCredentials() {
        Credentials wrong = new Credentials.ClientCredentials(simulator.clientId(), Secret.of("not-the-secret-0000"));
        return new StoreConnection(accountId + "_wrong", "ws_contract", Platform.OMNIUM, simulator.baseUrl(), wrong);
    }

    @Override
    protected boolean usesTokens() {
        return true;
    }

    @Override
    protected boolean isLogin(RecordedRequest request) {
        return request.method().equals("POST") && request.path().equalsIgnoreCase("/api/Token");
    }

    @Override
    protected Duration upstreamTimeout() {
        return TIMEOUT;
    }
}
