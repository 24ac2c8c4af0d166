package io.omnicart.testkit.simulator.medusa;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.testkit.simulator.seed.SeededStore;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Replays the request of every captured Medusa sample whose preconditions the standard seed reproduces (ids
 * translated by natural key) and checks the simulator answers with the same status and the same shape: every key at
 * every level, the same JSON types, and for errors the very same body.
 */
class MedusaSampleReplayTest {

    private static MedusaSimulator simulator;
    private SeededStore seeded;
    private SampleIds ids;

    @BeforeAll
    static void start() {
        simulator = MedusaSimulator.start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void seed() {
        seeded = simulator.seed(StandardSeed.create());
        ids = new SampleIds(seeded, MedusaHttp.withKey(simulator));
    }

    static Stream<String> replayable() {
        return Stream.of(
                "admin-api-keys-list.json",
                "admin-collections-create-invalid-400.json",
                "admin-collections-delete-unknown-200.json",
                "admin-collections-list.json",
                "admin-collections-list-products.json",
                "admin-collections-retrieve.json",
                "admin-collections-retrieve-products.json",
                "admin-collections-retrieve-unknown-200-empty.json",
                "admin-collections-update-unknown.json",
                "admin-currencies-list.json",
                "admin-currencies-retrieve.json",
                "admin-customers-addresses.json",
                "admin-customers-addresses-create.json",
                "admin-customers-list-default.json",
                "admin-customers-list-fields.json",
                "admin-customers-list-has-account.json",
                "admin-customers-list-q.json",
                "admin-customers-retrieve.json",
                "admin-customers-retrieve-404.json",
                "admin-customers-retrieve-orders.json",
                "admin-draft-orders-list.json",
                "admin-draft-orders-retrieve.json",
                "admin-draft-orders-retrieve-as-order.json",
                "admin-draft-orders-retrieve-nondraft-404.json",
                "admin-inventory-items-list.json",
                "admin-orders-archive-pending-400.json",
                "admin-orders-cancel-completed-400.json",
                "admin-orders-cancel-fulfilled-400.json",
                "admin-orders-changes.json",
                "admin-orders-complete.json",
                "admin-orders-complete-404.json",
                "admin-orders-complete-canceled-400.json",
                "admin-orders-line-items.json",
                "admin-orders-list-bad-field.json",
                "admin-orders-list-bad-param-400.json",
                "admin-orders-list-customer.json",
                "admin-orders-list-default.json",
                "admin-orders-list-fields.json",
                "admin-orders-list-id.json",
                "admin-orders-list-plusfields.json",
                "admin-orders-list-q-email.json",
                "admin-orders-list-q-partial.json",
                "admin-orders-list-status-archived.json",
                "admin-orders-list-status-array.json",
                "admin-orders-list-status-completed.json",
                "admin-orders-list-status-invalid-500.json",
                "admin-orders-list-unknown-param-ignored.json",
                "admin-orders-retrieve-404.json",
                "admin-orders-retrieve-canceled.json",
                "admin-orders-retrieve-default.json",
                "admin-orders-retrieve-from-draft.json",
                "admin-orders-retrieve-fulfilled.json",
                "admin-orders-retrieve-full.json",
                "admin-orders-retrieve-pending.json",
                "admin-orders-timeline-fields.json",
                "admin-orders-update-canceled-400.json",
                "admin-product-variants-list.json",
                "admin-products-list-default.json",
                "admin-products-list-fields.json",
                "admin-products-list-q.json",
                "admin-products-list-status.json",
                "admin-products-list-status-single.json",
                "admin-products-retrieve-404.json",
                "admin-products-retrieve-default.json",
                "admin-products-retrieve-inventory.json",
                "admin-products-variants-inventory.json",
                "admin-regions-list.json",
                "admin-regions-retrieve.json",
                "admin-regions-retrieve-404.json",
                "admin-sales-channels-list.json",
                "admin-stores-list.json",
                "admin-stores-retrieve.json",
                "admin-stores-retrieve-fields.json",
                "admin-stores-retrieve-unknown-200-empty.json",
                "admin-users-me.json",
                "admin-users-me-basic.json",
                "auth-bad-jwt-401.json",
                "auth-basic-base64-orders.json",
                "auth-basic-raw-sk-orders.json",
                "auth-bearer-sk-401.json",
                "auth-none-401.json",
                "auth-token-refresh.json",
                "auth-user-emailpass-200.json",
                "auth-user-emailpass-401.json",
                "error-400-insufficient-inventory.json",
                "metrics-customers-count.json",
                "metrics-orders-count.json",
                "metrics-orders-totals.json",
                "metrics-products-count.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("replayable")
    void answersLikeTheCapturedMedusa(String file) {
        JsonNode sample = Samples.sample(file);
        MedusaHttp.Reply reply = replay(sample.get("request"));
        JsonNode expected = sample.get("response");

        assertThat(reply.status())
                .as("status of %s", file)
                .isEqualTo(sample.get("status").asInt());
        if (reply.status() >= 400) {
            JsonNode translated = MedusaHttp.JSON.readTree(ids.translate(expected.toString()));
            assertThat(reply.json()).as("error body of %s", file).isEqualTo(translated);
        } else {
            assertThat(Shapes.differences(reply.json(), expected))
                    .as("shape of %s", file)
                    .isEmpty();
        }
    }

    private MedusaHttp.Reply replay(JsonNode request) {
        String path = ids.translate(request.get("path").asString());
        MedusaHttp http = new MedusaHttp(simulator.baseUrl(), authorization(request, path));
        JsonNode body = request.get("body");
        return switch (request.get("method").asString()) {
            case "GET" -> http.get(path);
            case "DELETE" -> http.delete(path);
            default -> http.post(path, body == null || body.isNull() ? "" : ids.translate(body.toString()));
        };
    }

    private String authorization(JsonNode request, String path) {
        String auth =
                request.has("auth") ? request.get("auth").asString() : (path.startsWith("/auth/") ? "none" : "bearer");
        return switch (auth) {
            case "none" -> null;
            case "basic" -> MedusaHttp.basic(simulator.secretApiKey());
            case "basic-raw" -> "Basic " + simulator.secretApiKey();
            case "bearer-sk" -> "Bearer " + simulator.secretApiKey();
            case "badjwt" -> "Bearer eyJhbGciOiJIUzI1NiJ9.eyJhY3Rvcl9pZCI6IngifQ.forged";
            default -> "Bearer " + MedusaTestSupport.login(simulator);
        };
    }
}
