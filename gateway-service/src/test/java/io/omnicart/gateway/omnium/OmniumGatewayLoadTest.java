package io.omnicart.gateway.omnium;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import io.omnicart.gateway.support.TestTokens;
import io.omnicart.testkit.simulator.omnium.OmniumSimulator;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole gateway in front of one Omnium tenant (the simulator, standard seed, 100 ms per answer, so
 * 30 callers at 200 requests/s would hold about 20–30 requests in flight) connected through
 * {@code POST /v1/accounts}: 2,000 reads paced over 10 s from 30 concurrent callers on that one account. The gateway's
 * Omnium guard (bulkhead of 20 per account, token bucket 12,000 / +1,000 per 10 s, from {@code application.yml}) must
 * keep the simulator at or under Omnium's 20 concurrent requests per API user, so the tenant never answers 429 and no
 * caller sees one. Every request asks for a fresh read ({@code Cache-Control: no-cache}) so it reaches Omnium; the
 * per-workspace caller limit (20/s) is off, since this test is about the upstream's limits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class OmniumGatewayLoadTest {

    private static final Logger log = LoggerFactory.getLogger(OmniumGatewayLoadTest.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int REQUESTS = 2_000;
    private static final int CALLERS = 30;
    private static final Duration SPREAD = Duration.ofSeconds(10);

    private static OmniumSimulator omnium;

    @Autowired
    WebTestClient anonymous;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("omnicart.credentials.keyset", OmniumGatewayLoadTest::newKeyset);
        registry.add("omnicart.ratelimit.caller.enabled", () -> "false");
    }

    @BeforeAll
    static void startTenant() {
        omnium = OmniumSimulator.standard();
    }

    @AfterAll
    static void stopTenant() {
        omnium.close();
    }

    @Test
    void thirtyCallersNeverPushOmniumPastTwentyConcurrentRequestsNorSeeA429() {
        String workspace = "ws-" + UUID.randomUUID();
        String token = TestTokens.commerce(workspace);
        JsonNode account = connect(token);
        assertThat(account.path("platform").asString()).isEqualTo("omnium");
        assertThat(account.path("status").asString()).isEqualTo("connected");
        assertThat(account.path("store").path("name").asString())
                .isEqualTo(omnium.seeded().seed().storeName());
        assertThat(account.toString()).doesNotContain(omnium.clientSecret());
        List<String> paths = paths("/v1/accounts/" + account.path("id").asString());
        omnium.options().latency(Duration.ofMillis(100));
        omnium.resetCounters();

        long started = System.nanoTime();
        Map<Integer, AtomicLong> statuses = load(token, paths);
        log.info(
                "{} requests from {} callers in {} ms: statuses {}, Omnium peak concurrency {}, Omnium 429s {}",
                REQUESTS,
                CALLERS,
                Duration.ofNanos(System.nanoTime() - started).toMillis(),
                statuses,
                omnium.maxConcurrentRequests(),
                omnium.rateLimitedRequests());

        assertThat(statuses).containsOnlyKeys(200);
        assertThat(statuses.get(200).get()).isEqualTo(REQUESTS);
        assertThat(omnium.maxConcurrentRequests())
                .as("the guard's bulkhead was reached")
                .isBetween(8, 20);
        assertThat(omnium.rateLimitedRequests()).isZero();
        assertThat(metrics()).as("no metric carries the client secret").doesNotContain(omnium.clientSecret());
    }

    private String metrics() {
        return patient()
                .get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    /**
     * Distinct reads (the gateway coalesces identical concurrent GETs into one upstream call): order lists of every
     * limit, each seeded order, product and customer lists.
     */
    private static List<String> paths(String base) {
        List<String> paths = new ArrayList<>();
        for (int limit = 1; limit <= 50; limit++) {
            paths.add(base + "/orders?limit=" + limit);
            paths.add(base + "/products?limit=" + limit);
            paths.add(base + "/customers?limit=" + limit);
        }
        omnium.seeded().orders().forEach(order -> paths.add(base + "/orders/" + order.id()));
        Collections.shuffle(paths, new Random(42));
        return List.copyOf(paths);
    }

    /** {@value #REQUESTS} GETs, one every 5 ms, at most {@value #CALLERS} in flight; the count per HTTP status. */
    private Map<Integer, AtomicLong> load(String token, List<String> paths) {
        WebClient gateway = WebClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .defaultHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        Duration pace = SPREAD.dividedBy(REQUESTS);
        Flux.interval(pace)
                .take(REQUESTS)
                .onBackpressureBuffer()
                .flatMap(
                        index -> gateway.get()
                                .uri(paths.get((int) (index % paths.size())))
                                .exchangeToMono(response -> response.releaseBody()
                                        .thenReturn(response.statusCode().value()))
                                .onErrorReturn(-1),
                        CALLERS)
                .doOnNext(status ->
                        statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet())
                .then()
                .block(Duration.ofMinutes(5));
        return statuses;
    }

    private JsonNode connect(String token) {
        String body = "{\"platform\":\"omnium\",\"label\":\"Omnium test tenant\",\"baseUrl\":\"" + omnium.baseUrl()
                + "\",\"credentials\":{\"type\":\"client_credentials\",\"clientId\":\"" + omnium.clientId()
                + "\",\"clientSecret\":\"" + omnium.clientSecret() + "\"}}";
        String created = patient()
                .post()
                .uri("/v1/accounts")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.CREATED)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return JSON.readTree(created);
    }

    /** The test client with room for a slow first call on a busy machine. */
    private WebTestClient patient() {
        return anonymous.mutate().responseTimeout(Duration.ofSeconds(60)).build();
    }

    static String newKeyset() {
        try {
            AeadConfig.register();
            KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
