package io.omnicart.adapter.omnium.error;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OmniumErrorTranslatorTest {

    private final OmniumErrorTranslator errors =
            new OmniumErrorTranslator(Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "400 | {\"message\":\"Status is required\"}                          | InvalidRequest",
                "400 | {\"message\":\"Order is queued or read-only\"}                | InvalidState",
                "400 | {\"title\":\"One or more validation errors occurred.\",\"status\":400} | InvalidRequest",
                "401 | ''                                                          | CredentialsRejected",
                "403 | {\"message\":\"Missing role OrderAdmin\"}                     | CredentialsRejected",
                "404 | {\"message\":\"Order not found\"}                             | NotFound",
                "409 | {\"message\":\"Order is locked by another operation\"}        | InvalidState",
                "422 | {\"value\":{},\"validationErrors\":[],\"validationMessage\":\"Invalid coupon\"} | InvalidRequest",
                "429 | {\"message\":\"Too many requests\"}                           | RateLimited",
                "500 | An error has occurred.                                      | UpstreamUnavailable",
                "503 | <html>down</html>                                           | UpstreamUnavailable",
                "418 | {}                                                          | UpstreamContractViolation",
            })
    void statusesAndBodies(int status, String body, String expected) {
        CommerceException error = errors.fromResponse(status, null, body, "order", "O-1");

        assertThat(error.getClass().getSimpleName()).isEqualTo(expected);
        assertThat(error.platform()).isEqualTo(Platform.OMNIUM);
        assertThat(error.upstreamStatus()).isEqualTo(status);
    }

    @Test
    void aLockedOrderIsARetryableInvalidState() {
        InvalidState locked = (InvalidState) errors.fromResponse(409, null, "{\"message\":\"locked\"}", "order", "O-1");

        assertThat(locked.retryable()).isTrue();
        assertThat(locked.isTransient()).isTrue();
        assertThat(locked.getMessage()).isEqualTo("locked");
    }

    @Test
    void bodiesAreReadLeniently() {
        assertThat(errors.fromResponse(400, null, "{\"errors\":{\"Take\":[\"must be <= 100\"]}}", "order", null)
                        .getMessage())
                .isEqualTo("Take: must be <= 100");
        assertThat(errors.fromResponse(400, null, "{\"detail\":\"take*page > 10000\"}", "order", null)
                        .getMessage())
                .isEqualTo("take*page > 10000");
        assertThat(errors.fromResponse(400, null, "", "order", null).getMessage())
                .isEqualTo("Omnium answered HTTP 400");
        NotFound cart = (NotFound) errors.fromResponse(
                404,
                null,
                "{\"message\":\"Cart not found\",\"isSuccessful\":false,\"httpStatusCode\":404}",
                "draft_order",
                "C1");
        assertThat(cart.resource()).isEqualTo("draft_order");
        assertThat(cart.id()).isEqualTo("C1");
        assertThat(errors.fromResponse(404, null, "{}", "order search", null))
                .as("a 404 for a list means no such route")
                .isInstanceOf(UpstreamContractViolation.class);
    }

    @Test
    void retryAfterInSecondsOrAsADate() {
        RateLimited seconds = (RateLimited) errors.fromResponse(429, "2", "", "order", null);
        RateLimited date = (RateLimited) errors.fromResponse(429, "Mon, 23 Nov 2026 10:00:30 GMT", "", "order", null);
        RateLimited none = (RateLimited) errors.fromResponse(429, null, "", "order", null);

        assertThat(seconds.retryAfter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(date.retryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(none.retryAfter()).isEqualTo(OmniumErrorTranslator.DEFAULT_RETRY_AFTER);
        UpstreamUnavailable unavailable = (UpstreamUnavailable) errors.fromResponse(503, "5", "", "order", null);
        assertThat(unavailable.retryAfter()).isEqualTo(Duration.ofSeconds(5));
    }

    @ParameterizedTest
    @CsvSource({
        "400, CredentialsRejected",
        "401, CredentialsRejected",
        "403, CredentialsRejected",
        "404, UpstreamContractViolation",
        "429, RateLimited",
        "500, UpstreamUnavailable"
    })
    void theTokenCallNeverQuotesItsAnswer(int status, String expected) {
        CommerceException error = errors.fromLogin(status, null);

        assertThat(error.getClass().getSimpleName()).isEqualTo(expected);
        assertThat(error.getMessage()).doesNotContain("clientSecret").doesNotContain("?");
    }

    @Test
    void transportFailures() {
        assertThat(errors.fromTransport(new io.netty.handler.timeout.ReadTimeoutException()))
                .isInstanceOf(UpstreamTimeout.class);
        UpstreamUnreachable refused = (UpstreamUnreachable) errors.fromTransport(new ConnectException("refused"));
        assertThat(refused.requestSent()).isFalse();
        UpstreamUnreachable reset = (UpstreamUnreachable) errors.fromTransport(new IOException("Connection reset"));
        assertThat(reset.requestSent()).isTrue();
        assertThat(errors.fromTransport(new IllegalArgumentException("no currency")))
                .isInstanceOf(UpstreamContractViolation.class);
        assertThat(errors.fromTransport(new ConnectException("refused"), false).getCause())
                .as("the token call keeps no cause")
                .isNull();
    }

    @Test
    void verificationFailuresNameTheReason() {
        assertThat(reason(new CredentialsRejected("no", Platform.OMNIUM, 401))).isEqualTo("auth_rejected");
        assertThat(reason(new UpstreamUnreachable("no", Platform.OMNIUM, false, null)))
                .isEqualTo("unreachable");
        assertThat(reason(new UpstreamTimeout("slow", Platform.OMNIUM, null))).isEqualTo("unreachable");
        assertThat(reason(OmniumErrorTranslator.unexpectedReply("html"))).isEqualTo("not_omnium");
        assertThat(OmniumErrorTranslator.forVerification(new RateLimited("x", Duration.ZERO, Platform.OMNIUM, 429)))
                .isInstanceOf(RateLimited.class);
    }

    @Test
    void anExpiredScrollIsCursorExpired() {
        InvalidRequest expired = OmniumErrorTranslator.cursorExpired(404);

        assertThat(expired.code()).isEqualTo(InvalidRequest.CURSOR_EXPIRED);
        assertThat(expired.upstreamStatus()).isEqualTo(404);
    }

    private static String reason(CommerceException error) {
        return ((ConnectionFailed) OmniumErrorTranslator.forVerification(error)).reason();
    }
}
