package io.omnicart.adapter.omnium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.omnicart.core.error.CredentialsRejected;
import io.omnicart.core.error.InvalidState;
import io.omnicart.core.model.CancelOrderCommand;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.testkit.contract.ContractTokenCache;
import io.omnicart.testkit.simulator.RecordedRequest;
import io.omnicart.testkit.simulator.omnium.OmniumSimulator;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Omnium specifics of the order actions, beyond the contract: a locked order (409) is a retryable {@code InvalidState},
 * the actions use the documented endpoints ({@code UpdateStatus}, {@code AddComment} with the reason, {@code
 * PatchOrder} with the {@code archived} tag), and an API user lacking a role gets a 403 that costs no second login.
 */
class OmniumOrderActionsTest {

    private static OmniumSimulator simulator;
    private final OmniumAdapter adapter = new OmniumAdapter(
            WebClient.create(), new ContractTokenCache(), OmniumSettings.defaults(), Clock.systemUTC());

    @BeforeAll
    static void start() {
        simulator = OmniumSimulator.start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void seed() {
        simulator.reset();
        simulator.seed(StandardSeed.create());
    }

    @Test
    void aLockedOrderIsARetryableInvalidState() {
        String id = simulator.seeded().order("pending-unpaid").id();
        simulator.lockOrder(id, true);

        InvalidState locked = catchThrowableOfType(
                InvalidState.class, () -> adapter.completeOrder(store(), id).block(Duration.ofSeconds(10)));

        assertThat(locked.retryable()).isTrue();
        assertThat(locked.isTransient()).isTrue();
        assertThat(locked.upstreamStatus()).isEqualTo(409);
        simulator.lockOrder(id, false);
        assertThat(adapter.completeOrder(store(), id)
                        .block(Duration.ofSeconds(10))
                        .status())
                .isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void cancelRunsTheWorkflowThenKeepsTheReasonAsATaggedComment() {
        String id = simulator.seeded().order("pending-authorized").id();
        simulator.clearRequests();

        adapter.cancelOrder(store(), id, new CancelOrderCommand("Out of stock")).block(Duration.ofSeconds(10));

        List<RecordedRequest> writes = writes();
        assertThat(writes)
                .extracting(RecordedRequest::path)
                .containsExactly("/api/Orders/" + id + "/UpdateStatus", "/api/Orders/AddComment");
        assertThat(writes.get(0).body()).contains("\"status\":\"OrderCanceled\"");
        assertThat(writes.get(1).body())
                .contains("\"commentText\":\"Out of stock\"")
                .contains("cancel-reason");
    }

    @Test
    void archiveTagsAClosedOrder() {
        String id = simulator.seeded().order("completed-usd").id();
        simulator.clearRequests();

        assertThat(adapter.archiveOrder(store(), id)
                        .block(Duration.ofSeconds(10))
                        .status())
                .isEqualTo(OrderStatus.ARCHIVED);

        assertThat(writes()).singleElement().satisfies(patch -> {
            assertThat(patch.method()).isEqualTo("PATCH");
            assertThat(patch.path()).isEqualTo("/api/Orders/" + id + "/PatchOrder");
            assertThat(patch.body()).contains("\"tags\":[\"archived\"]").contains("\"keepExistingListItems\":true");
        });
    }

    @Test
    void aMissingRoleIsRefusedWithoutASecondLogin() {
        simulator.addApiUser("reader", "reader-secret", "ProductRead");
        StoreConnection reader = new StoreConnection(
                "acc_reader",
                "ws",
                Platform.OMNIUM,
                simulator.baseUrl(),
                new Credentials.ClientCredentials("reader", Secret.of("reader-secret")));
        simulator.clearRequests();

        CredentialsRejected refused = catchThrowableOfType(
                CredentialsRejected.class,
                () -> adapter.listOrders(reader, OrderQuery.all(PageRequest.first(5)))
                        .block(Duration.ofSeconds(10)));

        assertThat(refused.upstreamStatus()).isEqualTo(403);
        assertThat(simulator.requests())
                .filteredOn(request -> request.path().equalsIgnoreCase("/api/Token"))
                .hasSize(1);
    }

    private List<RecordedRequest> writes() {
        return simulator.requests().stream()
                .filter(request ->
                        !request.method().equals("GET") && !request.path().equalsIgnoreCase("/api/Token"))
                .toList();
    }

    private StoreConnection store() {
        return new StoreConnection("acc_actions", "ws", Platform.OMNIUM, simulator.baseUrl(), simulator.credentials());
    }
}
