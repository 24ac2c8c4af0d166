package io.omnicart.gateway.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.model.Platform;
import io.omnicart.core.port.TokenCache;
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.gateway.guard.sim.FaultyUpstream;
import io.omnicart.gateway.guard.sim.SimulatedStoreAdapter;
import io.omnicart.gateway.routing.AdapterDecorator;
import io.omnicart.gateway.support.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every metric that {@code deploy/grafana/omnicart-gateway.json} and {@code deploy/prometheus/alerts.yaml} query
 * exists in a scrape of {@code /actuator/prometheus} of a running gateway after real traffic: demo reads, a 404, a 403
 * demo write, a 401, a refused demo passthrough, a caller over its rate limit, and guarded upstream calls (login, a 429 storm, a failing store
 * that opens the breaker) through the gateway's own adapter decorators against a fault-injecting store on loopback.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "omnicart.ratelimit.caller.capacity=10",
            "omnicart.ratelimit.caller.refill-tokens=1",
            "omnicart.ratelimit.caller.refill-period=1h",
            "omnicart.upstream.medusa.retry.initial-backoff=50ms",
            "omnicart.upstream.medusa.circuit-breaker.sliding-window-size=4",
            "omnicart.upstream.medusa.circuit-breaker.minimum-calls=4",
            "omnicart.upstream.medusa.circuit-breaker.wait-in-open=1s",
            "omnicart.upstream.medusa.circuit-breaker.half-open-calls=1"
        })
@AutoConfigureWebTestClient
class DashboardMetricsTest {

    /** Series Prometheus itself adds to every target; they never appear in the gateway's own exposition. */
    private static final Set<String> SCRAPE_SYNTHETIC = Set.of("up");

    private static final Set<String> PROMQL_WORDS = Set.of(
            "by",
            "without",
            "on",
            "ignoring",
            "group_left",
            "group_right",
            "and",
            "or",
            "unless",
            "bool",
            "offset",
            "inf",
            "nan");

    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static FaultyUpstream store;

    @Autowired
    WebTestClient anonymous;

    @Autowired
    WebClient.Builder webClients;

    @Autowired
    TokenCache tokens;

    @Autowired
    ObjectProvider<AdapterDecorator> decorators;

    @BeforeAll
    static void startStore() {
        store = new FaultyUpstream();
    }

    @AfterAll
    static void stopStore() {
        store.close();
    }

    @Test
    void everyMetricOfTheDashboardAndTheAlertsIsScraped() throws IOException {
        callerTraffic();
        upstreamTraffic();

        Set<String> referenced = new TreeSet<>();
        referenced.addAll(dashboardMetrics());
        referenced.addAll(alertMetrics());
        assertThat(referenced)
                .as("metrics found in the dashboard and the alerts")
                .contains("http_server_requests_seconds_bucket", "omnicart_upstream_requests_seconds_count", "up");

        Set<String> scraped = scrapedAfterCollection();
        List<String> missing = referenced.stream()
                .filter(name -> !SCRAPE_SYNTHETIC.contains(name))
                .filter(name -> !scraped.contains(name))
                .toList();
        assertThat(missing)
                .as("metrics referenced by deploy/ but absent from /actuator/prometheus (scraped: %s)", scraped)
                .isEmpty();
        assertThat(scraped)
                .as("Spring Security's per-request observations are off (management.observations.enable)")
                .noneMatch(name -> name.startsWith("spring_security_"));
    }

    @Test
    void metricNamesAreExtractedFromPromQl() {
        assertThat(metricNames("sum by (le, uri) (rate(http_server_requests_seconds_bucket{uri=~\"/v1/.*\"}[5m]))"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(metricNames("max by (platform) (omnicart_upstream_circuit_open) > 0 or up{job=\"x\"} == 0"))
                .containsExactlyInAnyOrder("omnicart_upstream_circuit_open", "up");
        assertThat(metricNames("histogram_quantile(0.99, sum by (le) (rate(a_bucket[$__rate_interval]))) > 1e3"))
                .containsExactly("a_bucket");
    }

    private void callerTraffic() {
        WebTestClient client = caller("ws-" + UUID.randomUUID());
        client.get().uri("/v1/accounts").exchange().expectStatus().isOk();
        String orders = client.get()
                .uri("/v1/accounts/demo/orders?limit=3")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        String order = JSON.readTree(orders).path("data").path(0).path("id").asString();
        client.get()
                .uri("/v1/accounts/demo/orders/" + order)
                .exchange()
                .expectStatus()
                .isOk();
        client.get()
                .uri("/v1/accounts/demo/orders/no-such-order")
                .exchange()
                .expectStatus()
                .isNotFound();
        client.post()
                .uri("/v1/accounts/demo/orders/" + order + "/cancel")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"reason\":\"test\"}")
                .exchange()
                .expectStatus()
                .isForbidden();
        anonymous.get().uri("/v1/accounts").exchange().expectStatus().isUnauthorized();
        client.get()
                .uri("/v1/accounts/demo/raw/admin/orders")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.NOT_IMPLEMENTED);

        WebTestClient greedy = caller("ws-" + UUID.randomUUID());
        List<HttpStatus> statuses = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            statuses.add(HttpStatus.valueOf(greedy.get()
                    .uri("/v1/accounts")
                    .exchange()
                    .returnResult(String.class)
                    .getStatus()
                    .value()));
        }
        assertThat(statuses).contains(HttpStatus.TOO_MANY_REQUESTS);
    }

    private void upstreamTraffic() {
        CommerceAdapter adapter = new SimulatedStoreAdapter(webClients, tokens);
        for (AdapterDecorator decorator : decorators.orderedStream().toList()) {
            adapter = decorator.decorate(adapter);
        }
        StoreConnection account = new StoreConnection(
                "acc-dashboard", "ws-1", Platform.MEDUSA, URI.create(store.baseUrl()), new Credentials.None());
        List<String> skus = List.of("SKU-1");

        adapter.getInventory(account, skus).blockLast(Duration.ofSeconds(10)); // login, token cached
        adapter.getInventory(account, skus).blockLast(Duration.ofSeconds(10)); // token cache hit

        store.storm(Duration.ofMillis(300), 1); // 429s: retried after Retry-After
        adapter.getInventory(account, skus).blockLast(Duration.ofSeconds(10));

        store.down(true); // 5xx until the breaker opens
        try {
            for (int i = 0; i < 3; i++) {
                adapter.getInventory(account, skus)
                        .onErrorResume(error -> reactor.core.publisher.Flux.empty())
                        .blockLast(Duration.ofSeconds(10));
            }
        } finally {
            store.down(false);
        }
    }

    private WebTestClient caller(String workspace) {
        return anonymous
                .mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.commerce(workspace))
                .build();
    }

    /** GC pause metrics appear only after the JVM's first collection, which a short test run may not have had. */
    private Set<String> scrapedAfterCollection() {
        System.gc();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        Set<String> scraped = scrapedNames();
        while (!scraped.contains("jvm_gc_pause_seconds_count") && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(
                    java.time.Duration.ofMillis(200).toNanos());
            scraped = scrapedNames();
        }
        return scraped;
    }

    private Set<String> scrapedNames() {
        String scrape = anonymous
                .get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(scrape).isNotBlank();
        return scrape.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("[{ ]", 2)[0])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> dashboardMetrics() throws IOException {
        JsonNode dashboard = JSON.readTree(Files.readString(deploy("grafana/omnicart-gateway.json")));
        Set<String> names = new TreeSet<>();
        List<String> exprs = new ArrayList<>();
        dashboard
                .path("panels")
                .forEach(panel -> panel.path("targets")
                        .forEach(target -> exprs.add(target.path("expr").asString())));
        assertThat(exprs).as("dashboard queries").isNotEmpty().doesNotContain("");
        exprs.forEach(expr -> names.addAll(metricNames(expr)));
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> alertMetrics() throws IOException {
        Map<String, Object> rules = new Yaml().load(Files.readString(deploy("prometheus/alerts.yaml")));
        Set<String> names = new TreeSet<>();
        int alerts = 0;
        for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                names.addAll(metricNames(String.valueOf(rule.get("expr"))));
                assertThat((Map<String, Object>) rule.get("annotations"))
                        .as("annotations of %s", rule.get("alert"))
                        .containsKey("runbook");
                alerts++;
            }
        }
        assertThat(alerts).isGreaterThanOrEqualTo(7);
        return names;
    }

    /** Metric names of a PromQL expression: identifiers that are not functions, keywords or label names. */
    static Set<String> metricNames(String expr) {
        String stripped = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"") // string literals
                .replaceAll("\\{[^}]*}", " ") // label matchers
                .replaceAll("\\[[^]]*]", " ") // range selectors
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " "); // label lists
        Set<String> names = new TreeSet<>();
        Matcher matcher = IDENTIFIER.matcher(stripped);
        while (matcher.find()) {
            String name = matcher.group();
            int start = matcher.start();
            int end = matcher.end();
            boolean partOfNumber =
                    start > 0 && (Character.isDigit(stripped.charAt(start - 1)) || stripped.charAt(start - 1) == '.');
            boolean function = stripped.substring(end).stripLeading().startsWith("(");
            boolean variable = start > 0 && stripped.charAt(start - 1) == '$';
            if (!partOfNumber && !function && !variable && !PROMQL_WORDS.contains(name.toLowerCase())) {
                names.add(name);
            }
        }
        return names;
    }

    private static Path deploy(String file) {
        Path fromModule = Path.of("..", "deploy", file);
        return Files.exists(fromModule) ? fromModule : Path.of("deploy", file);
    }
}
