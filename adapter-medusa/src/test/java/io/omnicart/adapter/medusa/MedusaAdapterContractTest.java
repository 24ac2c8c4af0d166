package io.omnicart.adapter.medusa;

import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.testkit.contract.CommerceAdapterContract;
import io.omnicart.testkit.contract.ContractTokenCache;
import io.omnicart.testkit.simulator.RecordedRequest;
import io.omnicart.testkit.simulator.medusa.MedusaSimulator;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/** The adapter contract against the Medusa simulator, with a secret API key ({@link MedusaAdminUserContractTest}: JWT). */
class MedusaAdapterContractTest extends CommerceAdapterContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static MedusaSimulator simulator;
    private final String accountId = "acc_" + UUID.randomUUID();
    private final CommerceAdapter adapter = new MedusaAdapter(
            WebClient.builder()
                    .clientConnector(
                            new ReactorClientHttpConnector(HttpClient.create().responseTimeout(TIMEOUT)))
                    .build(),
            new ContractTokenCache(),
            MedusaSettings.defaults(),
            Clock.systemUTC());

    @BeforeAll
    static void startSimulator() {
        simulator = MedusaSimulator.start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    protected Credentials credentials() {
        return simulator.apiKeyCredentials();
    }

    protected Credentials wrongCredentials() {
        return new Credentials.ApiKey(Secret.of("sk_" + "0".repeat(64)));
    }

    @Override
    protected boolean usesTokens() {
        return false;
    }

    @Override
    protected CommerceAdapter adapter() {
        return adapter;
    }

    @Override
    protected MedusaSimulator simulator() {
        return simulator;
    }

    @Override
    protected StoreConnection connection() {
        return new StoreConnection(accountId, "ws_contract", Platform.MEDUSA, simulator.baseUrl(), credentials());
    }

    @Override
    protected StoreConnection connectionWithWrongCredentials() {
        return new StoreConnection(
                accountId + "_wrong", "ws_contract", Platform.MEDUSA, simulator.baseUrl(), wrongCredentials());
    }

    @Override
    protected boolean isLogin(RecordedRequest request) {
        return request.method().equals("POST") && request.path().equals("/auth/user/emailpass");
    }

    @Override
    protected Duration upstreamTimeout() {
        return TIMEOUT;
    }
}
