package io.omnicart.adapter.medusa.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.timeout.ReadTimeoutException;
import io.omnicart.adapter.medusa.MedusaSamples;
import io.omnicart.core.error.CommerceException;
import io.omnicart.core.error.ConnectionFailed;
import io.omnicart.core.error.CredentialsRejected;
import io.omnicart.core.error.InvalidRequest;
import io.omnicart.core.error.InvalidState;
import io.omnicart.core.error.NotFound;
import io.omnicart.core.error.RateLimited;
import io.omnicart.core.error.UpstreamContractViolation;
import io.omnicart.core.error.UpstreamTimeout;
import io.omnicart.core.error.UpstreamUnavailable;
import io.omnicart.core.error.UpstreamUnreachable;
import io.omnicart.core.model.Platform;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class MedusaErrorTranslatorTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private final MedusaErrorTranslator translator = new MedusaErrorTranslator(Clock.fixed(NOW, ZoneOffset.UTC));

    /** Every error answer captured from the live server, with what it must become. */
    static Stream<Arguments> capturedAnswers() {
        return Stream.of(
                Arguments.of("auth-bad-jwt-401", CredentialsRejected.class, "Unauthorized"),
                Arguments.of("auth-none-401", CredentialsRejected.class, "Unauthorized"),
                Arguments.of("auth-bearer-sk-401", CredentialsRejected.class, "HTTP Basic"),
                Arguments.of("auth-user-emailpass-401", CredentialsRejected.class, "Invalid email or password"),
                Arguments.of("admin-orders-list-status-invalid-500", UpstreamUnavailable.class, "unknown error"),
                Arguments.of("admin-orders-archive-pending-400", InvalidState.class, "cannot be archived"),
                Arguments.of("admin-orders-cancel-completed-400", InvalidState.class, "Cannot cancel a completed"),
                Arguments.of("admin-orders-cancel-fulfilled-400", InvalidState.class, "All fulfillments"),
                Arguments.of("admin-orders-complete-canceled-400", InvalidState.class, "cannot be completed"),
                Arguments.of("admin-orders-update-canceled-400", InvalidState.class, "has been canceled"),
                Arguments.of("error-400-insufficient-inventory", InvalidState.class, "required inventory"),
                Arguments.of("admin-orders-list-bad-param-400", InvalidRequest.class, "Expected type"),
                Arguments.of("admin-collections-create-invalid-400", InvalidRequest.class, "Unrecognized fields"),
                Arguments.of("admin-products-list-status-single", InvalidRequest.class, "Expected type: 'array'"),
                Arguments.of("admin-orders-retrieve-404", NotFound.class, "x"),
                Arguments.of("admin-orders-complete-404", NotFound.class, "x"),
                Arguments.of("admin-collections-update-unknown", NotFound.class, "x"),
                Arguments.of("admin-customers-retrieve-404", NotFound.class, "x"),
                Arguments.of("admin-products-retrieve-404", NotFound.class, "x"),
                Arguments.of("admin-draft-orders-retrieve-nondraft-404", NotFound.class, "x"),
                Arguments.of("admin-regions-retrieve-404", NotFound.class, "x"),
                Arguments.of("admin-users-me-basic", NotFound.class, "x"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("capturedAnswers")
    void capturedErrorAnswers(String sample, Class<? extends CommerceException> expected, String messagePart) {
        CommerceException error =
                translator.fromResponse(MedusaSamples.status(sample), null, MedusaSamples.body(sample), "thing", "x");

        assertThat(error).isInstanceOf(expected);
        assertThat(error.platform()).isEqualTo(Platform.MEDUSA);
        assertThat(error.upstreamStatus()).isEqualTo(MedusaSamples.status(sample));
        if (error instanceof NotFound notFound) {
            assertThat(notFound.resource()).isEqualTo("thing");
            assertThat(notFound.id()).isEqualTo(messagePart);
        } else {
            assertThat(error.getMessage()).containsIgnoringCase(messagePart);
        }
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(
                        409,
                        "{\"type\":\"conflict\",\"code\":\"invalid_state_error\",\"message\":\"retry\"}",
                        InvalidState.class,
                        true),
                Arguments.of(
                        422,
                        "{\"type\":\"duplicate_error\",\"message\":\"handle exists\"}",
                        InvalidRequest.class,
                        false),
                Arguments.of(
                        422,
                        "{\"type\":\"payment_authorization_error\",\"message\":\"declined\"}",
                        InvalidState.class,
                        false),
                Arguments.of(403, "{\"type\":\"forbidden\",\"message\":\"no\"}", CredentialsRejected.class, false),
                Arguments.of(500, "", UpstreamUnavailable.class, true),
                Arguments.of(502, "<html>Bad Gateway</html>", UpstreamUnavailable.class, true),
                Arguments.of(503, "{}", UpstreamUnavailable.class, true),
                Arguments.of(504, "upstream timed out", UpstreamUnavailable.class, true),
                Arguments.of(405, "", UpstreamContractViolation.class, false),
                Arguments.of(400, "not json", InvalidRequest.class, false));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("statuses")
    void otherStatuses(int status, String body, Class<? extends CommerceException> expected, boolean transientError) {
        CommerceException error = translator.fromResponse(status, null, body, "order", "order_1");

        assertThat(error).isInstanceOf(expected);
        assertThat(error.isTransient()).isEqualTo(transientError);
        assertThat(error.upstreamStatus()).isEqualTo(status);
    }

    @Test
    void rateLimitsHonourRetryAfterInSecondsOrAsADate() {
        assertThat(retryAfter("7")).isEqualTo(Duration.ofSeconds(7));
        assertThat(retryAfter("Mon, 23 Nov 2026 08:00:30 GMT")).isEqualTo(Duration.ofSeconds(30));
        assertThat(retryAfter(null)).isEqualTo(MedusaErrorTranslator.DEFAULT_RETRY_AFTER);
        assertThat(retryAfter("soon")).isEqualTo(MedusaErrorTranslator.DEFAULT_RETRY_AFTER);
    }

    @Test
    void aServiceUnavailableKeepsItsRetryAfter() {
        CommerceException error = translator.fromResponse(503, "12", "", "order", null);

        assertThat(error)
                .isInstanceOfSatisfying(
                        UpstreamUnavailable.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(12)));
    }

    @Test
    void aListRouteAnswering404IsNotMedusa() {
        assertThat(translator.fromResponse(404, null, "Cannot GET /admin/stores", "store", null))
                .isInstanceOf(UpstreamContractViolation.class);
    }

    static Stream<Arguments> transportFailures() {
        URI uri = URI.create("http://127.0.0.1:1/admin/orders?q=jane");
        HttpHeaders headers = new HttpHeaders();
        return Stream.of(
                Arguments.of(
                        request(new ConnectException("Connection refused"), uri, headers),
                        UpstreamUnreachable.class,
                        true),
                Arguments.of(request(ReadTimeoutException.INSTANCE, uri, headers), UpstreamTimeout.class, true),
                Arguments.of(
                        request(new IOException("Connection prematurely closed BEFORE response"), uri, headers),
                        UpstreamUnreachable.class,
                        true),
                Arguments.of(new IOException("Connection reset by peer"), UpstreamUnreachable.class, true),
                Arguments.of(malformedJson(), UpstreamContractViolation.class, false),
                Arguments.of(new IllegalArgumentException("Unknown currency"), UpstreamContractViolation.class, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transportFailures")
    void transportFailures(Throwable failure, Class<? extends CommerceException> expected, boolean transientError) {
        CommerceException error = translator.fromTransport(failure);

        assertThat(error).isInstanceOf(expected);
        assertThat(error.isTransient()).isEqualTo(transientError);
        assertThat(error.getMessage()).doesNotContain("127.0.0.1", "q=jane");
    }

    @Test
    void refusedConnectionsWereNeverSent() {
        CommerceException error = translator.fromTransport(new ConnectException("Connection refused"));

        assertThat(error)
                .isInstanceOfSatisfying(
                        UpstreamUnreachable.class,
                        e -> assertThat(e.requestSent()).isFalse());
    }

    @Test
    void verificationSpeaksInConnectionFailures() {
        assertThat(reason(translator.fromResponse(401, null, "{\"message\":\"Unauthorized\"}", "store", null)))
                .isEqualTo("auth_rejected");
        assertThat(reason(translator.fromTransport(new ConnectException("refused"))))
                .isEqualTo("unreachable");
        assertThat(reason(translator.fromTransport(ReadTimeoutException.INSTANCE)))
                .isEqualTo("unreachable");
        assertThat(reason(translator.fromTransport(malformedJson()))).isEqualTo("not_medusa");
        assertThat(reason(translator.fromResponse(404, null, "", "store", null)))
                .isEqualTo("not_medusa");
        assertThat(MedusaErrorTranslator.forVerification(translator.fromResponse(503, null, "", "store", null)))
                .isInstanceOf(UpstreamUnavailable.class);
    }

    @Test
    void incompleteLoginsSayWhy() {
        assertThat(MedusaErrorTranslator.loginIncomplete(MedusaLoginRefusal.MFA_REQUIRED))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("mfa_required"))
                .hasMessageContaining("secret API key");
        assertThat(MedusaErrorTranslator.loginIncomplete(MedusaLoginRefusal.VERIFICATION_REQUIRED)
                        .reason())
                .isEqualTo("verification_required");
    }

    private Duration retryAfter(String header) {
        CommerceException error = translator.fromResponse(429, header, "{\"message\":\"Too many\"}", "order", null);
        assertThat(error).isInstanceOf(RateLimited.class);
        return ((RateLimited) error).retryAfter();
    }

    private static String reason(CommerceException error) {
        CommerceException verification = MedusaErrorTranslator.forVerification(error);
        assertThat(verification).isInstanceOf(ConnectionFailed.class);
        return ((ConnectionFailed) verification).reason();
    }

    private static WebClientRequestException request(Throwable cause, URI uri, HttpHeaders headers) {
        return new WebClientRequestException(cause, HttpMethod.GET, uri, headers);
    }

    private static JacksonException malformedJson() {
        try {
            JsonMapper.builder().build().readTree("{\"orders\": [");
            throw new AssertionError("parsed");
        } catch (JacksonException expected) {
            return expected;
        }
    }
}
