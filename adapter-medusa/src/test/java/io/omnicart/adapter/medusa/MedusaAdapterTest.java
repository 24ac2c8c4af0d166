package io.omnicart.adapter.medusa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.core.error.ConnectionFailed;
import io.omnicart.core.error.FieldError;
import io.omnicart.core.error.InvalidRequest;
import io.omnicart.core.model.CancelOrderCommand;
import io.omnicart.core.model.Capability;
import io.omnicart.core.model.CreateDraftOrderCommand;
import io.omnicart.core.model.CustomerQuery;
import io.omnicart.core.model.DraftOrder;
import io.omnicart.core.model.DraftOrderItem;
import io.omnicart.core.model.LineItem;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.OrderSort;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.OverviewQuery;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.ProductQuery;
import io.omnicart.core.model.StoreOverview;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.testkit.contract.ContractTokenCache;
import io.omnicart.testkit.simulator.RecordedRequest;
import io.omnicart.testkit.simulator.medusa.MedusaLoginChallenge;
import io.omnicart.testkit.simulator.medusa.MedusaSimulator;
import io.omnicart.testkit.simulator.seed.SeededStore;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** What the adapter sends to Medusa (the contract checks what it answers): fields, limits, spellings, order of calls. */
class MedusaAdapterTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static MedusaSimulator simulator;
    private SeededStore seeded;

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
        simulator.reset();
        seeded = simulator.seed(StandardSeed.create());
    }

    @Test
    void everyReadSendsTheFieldsItMapsAndEveryListItsLimit() {
        MedusaAdapter adapter = adapter(MedusaSettings.defaults());
        StoreConnection store = store(simulator.apiKeyCredentials());
        await(adapter.listOrders(store, OrderQuery.all(PageRequest.first(5))));
        await(adapter.getOrder(store, seeded.order("completed-delivered").id()));
        await(adapter.listProducts(store, new ProductQuery("tee", Set.of(), null, PageRequest.first(5))));
        await(adapter.listCustomers(store, new CustomerQuery(null, PageRequest.first(5))));
        await(adapter.listCollections(store, PageRequest.first(5)));
        await(adapter.listDraftOrders(store, PageRequest.first(5)));
        await(adapter.settings(store));
        await(adapter.overview(store, new OverviewQuery(Duration.ofDays(30))));

        List<RecordedRequest> reads = simulator.requests().stream()
                .filter(request ->
                        request.method().equals("GET") && request.path().startsWith("/admin/"))
                .toList();
        assertThat(reads)
                .isNotEmpty()
                .allSatisfy(request -> assertThat(request.queryParam("fields"))
                        .as("fields of %s", request)
                        .isNotBlank());
        assertThat(reads)
                .filteredOn(request -> isList(request.path()))
                .allSatisfy(request -> assertThat(request.queryParam("limit"))
                        .as("limit of %s", request)
                        .isNotBlank());
        assertThat(reads).allSatisfy(request -> assertThat(request.authScheme()).isEqualTo("Basic"));
    }

    @Test
    void cancelledIsSpelledTheMedusaWay() {
        MedusaAdapter adapter = adapter(MedusaSettings.defaults());
        OrderQuery cancelled = new OrderQuery(
                null, Set.of(OrderStatus.CANCELLED), null, null, null, OrderSort.NEWEST_FIRST, PageRequest.first(5));

        await(adapter.listOrders(store(simulator.apiKeyCredentials()), cancelled));

        assertThat(simulator.requests())
                .filteredOn(request -> request.path().equals("/admin/orders"))
                .singleElement()
                .satisfies(
                        request -> assertThat(request.query().get("status[]")).containsExactly("canceled"));
    }

    @Test
    void theReasonIsWrittenBeforeTheCancel() {
        MedusaAdapter adapter = adapter(MedusaSettings.defaults());
        String id = seeded.order("pending-unpaid").id();

        await(adapter.cancelOrder(store(simulator.apiKeyCredentials()), id, new CancelOrderCommand("out of stock")));

        List<RecordedRequest> writes = simulator.requests().stream()
                .filter(request -> request.method().equals("POST"))
                .toList();
        assertThat(writes)
                .extracting(RecordedRequest::path)
                .containsExactly("/admin/orders/" + id, "/admin/orders/" + id + "/cancel");
        assertThat(writes.getFirst().body()).contains("\"cancel_reason\":\"out of stock\"");
    }

    @Test
    void aDraftLineGivenBySkuIsSentByTheVariantIdLookedUpFirst() {
        MedusaAdapter adapter = adapter(MedusaSettings.defaults());
        CreateDraftOrderCommand command = new CreateDraftOrderCommand(
                "draft.buyer@example.com",
                null,
                "EUR",
                null,
                List.of(
                        new DraftOrderItem(null, "TEE-L-BLK", 1),
                        new DraftOrderItem(seeded.variantId("HOOD-M"), null, 2)));

        DraftOrder draft = await(adapter.createDraftOrder(store(simulator.apiKeyCredentials()), command));

        assertThat(draft.lineItems()).extracting(LineItem::sku).containsExactlyInAnyOrder("TEE-L-BLK", "HOOD-M");
        RecordedRequest lookup = simulator.requests().stream()
                .filter(request -> request.path().equals("/admin/product-variants"))
                .findFirst()
                .orElseThrow();
        assertThat(lookup.query().get("sku[]")).containsExactly("TEE-L-BLK");
        assertThat(lookup.queryParam("limit")).isNotBlank();
        List<RecordedRequest> creates = simulator.requests().stream()
                .filter(request ->
                        request.method().equals("POST") && request.path().equals("/admin/draft-orders"))
                .toList();
        assertThat(creates).hasSize(1);
        assertThat(creates.getFirst().body())
                .doesNotContain("variant_sku")
                .contains("\"variant_id\":\"" + seeded.variantId("TEE-L-BLK") + "\"")
                .contains("\"variant_id\":\"" + seeded.variantId("HOOD-M") + "\"");
    }

    @Test
    void aDraftWithAnUnknownSkuIsRefusedBeforeAnythingIsCreated() {
        MedusaAdapter adapter = adapter(MedusaSettings.defaults());
        CreateDraftOrderCommand command = new CreateDraftOrderCommand(
                "draft.buyer@example.com", null, "EUR", null, List.of(new DraftOrderItem(null, "NO-SUCH-SKU", 1)));

        assertThatThrownBy(() -> await(adapter.createDraftOrder(store(simulator.apiKeyCredentials()), command)))
                .isInstanceOfSatisfying(
                        InvalidRequest.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("items[0].sku"));
        assertThat(simulator.requests()).noneMatch(request -> request.method().equals("POST"));
    }

    @Test
    void adminUsersSendABearerTokenAndVerificationLogsInAfresh() {
        MedusaAdapter adapter = adapter(MedusaSettings.defaults());
        StoreConnection store = store(simulator.emailPasswordCredentials());
        await(adapter.listOrders(store, OrderQuery.all(PageRequest.first(1))));
        simulator.clearRequests();

        await(adapter.verify(store));

        assertThat(simulator.requests())
                .extracting(RecordedRequest::path)
                .containsExactly("/auth/user/emailpass", "/admin/stores");
        assertThat(simulator.requests().get(1).authScheme()).isEqualTo("Bearer");
    }

    @Test
    void aLoginWaitingForMfaOrVerificationIsAConnectionFailure() {
        MedusaAdapter adapter = adapter(MedusaSettings.defaults());
        StoreConnection store = store(simulator.emailPasswordCredentials());

        simulator.loginChallenge(MedusaLoginChallenge.MFA_REQUIRED);
        assertThatThrownBy(() -> await(adapter.verify(store)))
                .isInstanceOfSatisfying(
                        ConnectionFailed.class, e -> assertThat(e.reason()).isEqualTo("mfa_required"));
        assertThatThrownBy(() -> await(adapter.listOrders(store, OrderQuery.all(PageRequest.first(1)))))
                .isInstanceOf(ConnectionFailed.class);

        simulator.loginChallenge(MedusaLoginChallenge.VERIFICATION_REQUIRED);
        assertThatThrownBy(() -> await(adapter.verify(store)))
                .isInstanceOfSatisfying(
                        ConnectionFailed.class, e -> assertThat(e.reason()).isEqualTo("verification_required"));
    }

    @Test
    void revenueIsSummedOverManyPagesAndTheOverviewIsCached() {
        MedusaSettings settings = MedusaSettings.defaults();
        MedusaAdapter adapter = adapter(new MedusaSettings(
                settings.tokenTtl(),
                settings.scanBatch(),
                settings.maxScanPages(),
                3,
                2,
                settings.overviewMaxOrders(),
                Duration.ofMinutes(5)));
        MedusaAdapter unpaged = adapter(settings);
        StoreConnection store = store(simulator.apiKeyCredentials());

        StoreOverview paged = await(adapter.overview(store, new OverviewQuery(Duration.ofDays(31))));
        StoreOverview whole = await(unpaged.overview(store, new OverviewQuery(Duration.ofDays(31))));
        simulator.clearRequests();
        StoreOverview again = await(adapter.overview(store, new OverviewQuery(Duration.ofDays(31))));

        assertThat(paged.revenue()).isEqualTo(whole.revenue());
        assertThat(paged.cached()).isFalse();
        assertThat(again.cached()).isTrue();
        assertThat(again.revenue()).isEqualTo(paged.revenue());
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void aSearchThatMatchesNothingStillEndsWhenScansAreShort() {
        MedusaSettings settings = MedusaSettings.defaults();
        MedusaAdapter adapter = adapter(new MedusaSettings(settings.tokenTtl(), 1, 1, 1, 100, 100, Duration.ZERO));
        StoreConnection store = store(simulator.apiKeyCredentials());
        OrderQuery addressOnly =
                new OrderQuery("Linden", Set.of(), null, null, null, OrderSort.NEWEST_FIRST, PageRequest.first(1));

        List<Page<OrderSummary>> pages = new ArrayList<>();
        String cursor = null;
        do {
            Page<OrderSummary> page = await(adapter.listOrders(store, withCursor(addressOnly, cursor)));
            pages.add(page);
            cursor = page.nextCursor();
        } while (cursor != null && pages.size() < 50);

        assertThat(pages).allSatisfy(page -> assertThat(page.data()).isEmpty());
        assertThat(pages.size()).isGreaterThan(1).isLessThan(50);
        assertThat(adapter.capabilities()).contains(Capability.PASSTHROUGH);
    }

    private static OrderQuery withCursor(OrderQuery query, String cursor) {
        return new OrderQuery(
                query.q(),
                query.statuses(),
                null,
                null,
                null,
                query.sort(),
                new PageRequest(query.page().limit(), cursor));
    }

    private static boolean isList(String path) {
        return path.chars().filter(c -> c == '/').count() == 2;
    }

    private static MedusaAdapter adapter(MedusaSettings settings) {
        return new MedusaAdapter(WebClient.create(), new ContractTokenCache(), settings, Clock.systemUTC());
    }

    private static StoreConnection store(Credentials credentials) {
        return new StoreConnection("acc_test", "ws_test", Platform.MEDUSA, simulator.baseUrl(), credentials);
    }

    private static <T> T await(Mono<T> call) {
        return call.block(WAIT);
    }
}
