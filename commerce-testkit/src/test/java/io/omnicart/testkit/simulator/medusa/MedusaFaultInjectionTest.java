package io.omnicart.testkit.simulator.medusa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.testkit.simulator.Fault;
import io.omnicart.testkit.simulator.FaultRule;
import io.omnicart.testkit.simulator.http.JsonTweaks;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/** Every {@link Fault} kind, observed from a plain HTTP client. */
class MedusaFaultInjectionTest {

    private static MedusaSimulator simulator;
    private MedusaHttp http;

    @BeforeAll
    static void start() {
        simulator = MedusaSimulator.standard();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void fresh() {
        simulator.clearFaults();
        http = MedusaHttp.withKey(simulator);
    }

    @Test
    void serverErrorIsMedusasUnknownError() {
        simulator.failNext(Fault.serverError());

        MedusaHttp.Reply reply = http.get("/admin/orders");
        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.json().get("type").asString()).isEqualTo("unknown_error");
        assertThat(http.get("/admin/orders").status()).isEqualTo(200);
    }

    @Test
    void gatewayErrorsComeFromAProxyAsHtml() {
        simulator.failNext(Fault.badGateway());
        simulator.failNext(Fault.serviceUnavailable());

        MedusaHttp.Reply badGateway = http.get("/admin/orders");
        assertThat(badGateway.status()).isEqualTo(502);
        assertThat(badGateway.header("content-type")).startsWith("text/html");
        assertThat(http.get("/admin/orders").status()).isEqualTo(503);
    }

    @Test
    void conflictsHaveMedusasRetryableShape() {
        simulator.failNext(Fault.status(409));

        MedusaHttp.Reply reply = http.post("/admin/orders/order_X/complete", "{}");
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("type").asString()).isEqualTo("conflict");
        assertThat(reply.json().get("code").asString()).isEqualTo("invalid_state_error");
    }

    @Test
    void statusWithACustomBody() {
        simulator.failNext(Fault.status(503, "{\"message\":\"maintenance\"}", "application/json"));

        MedusaHttp.Reply reply = http.get("/admin/stores");
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.body()).isEqualTo("{\"message\":\"maintenance\"}");
    }

    @Test
    void rateLimitedWithRetryAfterSeconds() {
        simulator.failNext(Fault.rateLimited(Duration.ofSeconds(7)));

        MedusaHttp.Reply reply = http.get("/admin/orders");
        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.header("retry-after")).isEqualTo("7");
    }

    @Test
    void rateLimitedWithRetryAfterAsHttpDate() {
        Instant at = Instant.parse("2030-01-02T03:04:05Z");
        simulator.failNext(Fault.rateLimitedUntil(at));

        String header = http.get("/admin/orders").header("retry-after");
        assertThat(header).isEqualTo("Wed, 02 Jan 2030 03:04:05 GMT");
        assertThat(ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant())
                .isEqualTo(at);
        assertThat(ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .getZone()
                        .normalized())
                .isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void tokenExpiredIsTheBare401EvenWithAValidKey() {
        simulator.failNext(Fault.tokenExpired());

        MedusaHttp.Reply reply = http.get("/admin/orders");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
    }

    @Test
    void slowAnswersAfterTheDelay() {
        simulator.failNext(Fault.slow(Duration.ofMillis(700)));

        long start = System.nanoTime();
        MedusaHttp.Reply reply = http.get("/admin/orders?limit=1");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("orders").size()).isEqualTo(1);
    }

    @Test
    void malformedJsonKeepsStatusAndContentType() {
        simulator.failNext(Fault.malformedJson());

        MedusaHttp.Reply reply = http.get("/admin/orders");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("content-type")).startsWith("application/json");
        assertThat(reply.body()).startsWith("{\"orders\":[");
        assertThatThrownBy(reply::json).isInstanceOf(JacksonException.class);
    }

    @Test
    void unknownFieldsAppearInEveryObject() {
        simulator.failNext(Fault.unknownFields());

        MedusaHttp.Reply reply = http.get("/admin/orders?limit=1");
        assertThat(reply.json().get(JsonTweaks.UNKNOWN_SCALAR).asBoolean()).isTrue();
        assertThat(reply.json().at("/orders/0/items/0/detail").has(JsonTweaks.UNKNOWN_OBJECT))
                .isTrue();
        assertThat(reply.json().get("count").asInt()).isEqualTo(12);
    }

    @Test
    void connectionResetAndCloseAreIoFailures() {
        simulator.failNext(FaultRule.once(Fault.connectionReset()).times(3));
        assertThatThrownBy(() -> http.raw("/admin/orders")).isInstanceOf(IOException.class);

        simulator.clearFaults();
        simulator.failNext(FaultRule.once(Fault.connectionClose()).times(3));
        assertThatThrownBy(() -> http.raw("/admin/orders")).isInstanceOf(IOException.class);
    }

    @Test
    void faultsCountDownAndFilterByMethodAndPath() {
        simulator.failNext(FaultRule.once(Fault.serviceUnavailable())
                .times(2)
                .onMethod("GET")
                .onPath("/admin/products"));

        assertThat(http.get("/admin/orders").status()).isEqualTo(200);
        assertThat(http.get("/admin/products").status()).isEqualTo(503);
        assertThat(http.get("/admin/products").status()).isEqualTo(503);
        assertThat(http.get("/admin/products").status()).isEqualTo(200);
    }

    @Test
    void loginsAreSkippedUnlessIncluded() {
        simulator.failNext(Fault.serviceUnavailable());
        String token = MedusaTestSupport.login(simulator);
        MedusaHttp jwt = MedusaHttp.anonymous(simulator).authorization("Bearer " + token);
        assertThat(jwt.get("/admin/orders").status()).isEqualTo(503);

        simulator.failNext(FaultRule.once(Fault.serviceUnavailable()).includingAuth());
        MedusaHttp.Reply login = MedusaHttp.anonymous(simulator).post("/auth/user/emailpass", "{}");
        assertThat(login.status()).isEqualTo(503);
    }

    @Test
    void faultedRequestsAreRecorded() {
        simulator.clearRequests();
        simulator.failNext(Fault.serverError());
        http.get("/admin/orders?limit=2");

        assertThat(simulator.requests()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/admin/orders");
            assertThat(request.queryParam("limit")).isEqualTo("2");
        });
    }
}
