package io.omnicart.adapter.omnium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.omnicart.core.error.InvalidRequest;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.OrderSort;
import io.omnicart.core.model.OrderSortField;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.SortDirection;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.testkit.contract.ContractTokenCache;
import io.omnicart.testkit.simulator.RecordedRequest;
import io.omnicart.testkit.simulator.omnium.OmniumSimulator;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * Paging through more orders than Omnium's search window holds ({@code take × page ≤ 10,000}, reference §2): the
 * cursor moves to the scroll API transparently, every order arrives exactly once and in order, and a scroll Omnium
 * forgot is {@code cursor_expired}.
 */
class OmniumDeepPagingTest {

    private static final int ORDERS = 12_000;
    private static OmniumSimulator simulator;
    private final OmniumAdapter adapter = new OmniumAdapter(
            WebClient.builder()
                    .clientConnector(
                            new ReactorClientHttpConnector(HttpClient.create().responseTimeout(Duration.ofSeconds(10))))
                    .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                    .build(),
            new ContractTokenCache(),
            OmniumSettings.defaults(),
            Clock.systemUTC());
    private final StoreConnection store =
            new StoreConnection("acc_deep", "ws_deep", Platform.OMNIUM, simulator.baseUrl(), simulator.credentials());

    @BeforeAll
    static void start() {
        simulator = OmniumSimulator.start();
        simulator.seedBulkOrders(ORDERS);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void freshScrolls() {
        simulator.options().reset();
        simulator.clearRequests();
    }

    @Test
    void everyOrderArrivesExactlyOnceNewestFirstPastTheWindow() {
        List<OrderSummary> orders = all(OrderSort.NEWEST_FIRST, 100);

        assertThat(orders).hasSize(ORDERS);
        assertThat(orders.stream().map(OrderSummary::id).collect(Collectors.toSet()))
                .isEqualTo(expectedIds());
        assertThat(orders).extracting(OrderSummary::createdAt).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(scrollStarts()).isEqualTo(1);
        assertThat(simulator.requests())
                .filteredOn(request -> request.path().equalsIgnoreCase("/api/Orders/Search"))
                .allSatisfy(OmniumDeepPagingTest::withinTheWindow);
    }

    @Test
    void oldestFirstWithRotatingScrollIdsToo() {
        simulator.options().rotateScrollIds(true);

        List<OrderSummary> orders = all(new OrderSort(OrderSortField.CREATED_AT, SortDirection.ASC), 100);

        assertThat(orders).extracting(OrderSummary::id).doesNotHaveDuplicates().hasSize(ORDERS);
        assertThat(orders).extracting(OrderSummary::createdAt).isSorted();
    }

    @Test
    void anExpiredScrollIsCursorExpired() {
        String cursor = null;
        for (int page = 0; page <= 100; page++) {
            cursor = adapter.listOrders(store, query(OrderSort.NEWEST_FIRST, new PageRequest(100, cursor)))
                    .block(Duration.ofSeconds(30))
                    .nextCursor();
        }
        assertThat(scrollStarts()).isEqualTo(1);
        simulator.options().scrollIdleTimeout(Duration.ZERO);
        String scrolling = cursor;

        InvalidRequest expired = catchThrowableOfType(
                InvalidRequest.class,
                () -> adapter.listOrders(store, query(OrderSort.NEWEST_FIRST, new PageRequest(100, scrolling)))
                        .block(Duration.ofSeconds(30)));

        assertThat(expired.code()).isEqualTo(InvalidRequest.CURSOR_EXPIRED);
        assertThat(expired.platform()).isEqualTo(Platform.OMNIUM);
    }

    @Test
    void aScrollKeepsItsPageSize() {
        String cursor = null;
        for (int page = 0; page <= 100; page++) {
            cursor = adapter.listOrders(store, query(OrderSort.NEWEST_FIRST, new PageRequest(100, cursor)))
                    .block(Duration.ofSeconds(30))
                    .nextCursor();
        }
        String scrolling = cursor;

        InvalidRequest smaller = catchThrowableOfType(
                InvalidRequest.class,
                () -> adapter.listOrders(store, query(OrderSort.NEWEST_FIRST, new PageRequest(10, scrolling)))
                        .block(Duration.ofSeconds(30)));

        assertThat(smaller.code()).isEqualTo(InvalidRequest.VALIDATION_FAILED);
        assertThat(smaller.errors()).extracting(error -> error.field()).containsExactly("limit");
    }

    private List<OrderSummary> all(OrderSort sort, int limit) {
        List<OrderSummary> orders = new ArrayList<>();
        Set<String> cursors = new LinkedHashSet<>();
        @Nullable String cursor = null;
        for (int page = 0; page < 1_000; page++) {
            Page<OrderSummary> result = adapter.listOrders(store, query(sort, new PageRequest(limit, cursor)))
                    .block(Duration.ofSeconds(30));
            assertThat(result.data()).hasSizeLessThanOrEqualTo(limit);
            assertThat(result.total()).isEqualTo(ORDERS);
            orders.addAll(result.data());
            cursor = result.nextCursor();
            if (cursor == null) {
                return orders;
            }
            assertThat(cursors.add(cursor)).as("cursor %s repeated", page).isTrue();
        }
        throw new AssertionError("the list never ended");
    }

    private static OrderQuery query(OrderSort sort, PageRequest page) {
        return new OrderQuery(null, Set.of(), null, null, null, sort, page);
    }

    private static Set<String> expectedIds() {
        return IntStream.rangeClosed(1, ORDERS)
                .mapToObj(index -> String.format("B%07d", index))
                .collect(Collectors.toSet());
    }

    private static long scrollStarts() {
        return simulator.requests().stream()
                .filter(request ->
                        request.method().equals("POST") && request.path().equalsIgnoreCase("/api/Orders/Scroll"))
                .count();
    }

    private static void withinTheWindow(RecordedRequest request) {
        String body = request.body();
        int take = number(body, "take");
        int page = number(body, "page");
        assertThat(take).isBetween(1, 100);
        assertThat((long) take * page).isLessThanOrEqualTo(10_000);
        assertThat(body).contains("\"disableFacets\":true");
    }

    private static int number(String body, String field) {
        java.util.regex.Matcher matcher =
                java.util.regex.Pattern.compile("\"" + field + "\":(\\d+)").matcher(body);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }
}
