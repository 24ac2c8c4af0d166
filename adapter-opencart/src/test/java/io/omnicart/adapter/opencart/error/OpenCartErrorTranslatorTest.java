package io.omnicart.adapter.opencart.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.adapter.opencart.client.OpenCartReply;
import io.omnicart.core.error.CommerceException;
import io.omnicart.core.error.ConnectionFailed;
import io.omnicart.core.error.CredentialsRejected;
import io.omnicart.core.error.InvalidRequest;
import io.omnicart.core.error.NotFound;
import io.omnicart.core.error.RateLimited;
import io.omnicart.core.error.UpstreamContractViolation;
import io.omnicart.core.error.UpstreamUnavailable;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bridge error codes (bridge PROTOCOL.md §3.1) and login refusals as core errors. */
class OpenCartErrorTranslatorTest {

    private final OpenCartErrorTranslator errors = new OpenCartErrorTranslator(Clock.systemUTC());

    @ParameterizedTest
    @CsvSource({
        "401, signature_invalid, CredentialsRejected",
        "401, auth_missing, CredentialsRejected",
        "401, timestamp_out_of_window, CredentialsRejected",
        "401, request_replayed, CredentialsRejected",
        "403, api_user_disabled, CredentialsRejected",
        "403, ip_not_allowed, CredentialsRejected",
        "404, not_found, NotFound",
        "404, route_not_found, UpstreamContractViolation",
        "400, invalid_parameter, InvalidRequest",
        "422, validation_failed, InvalidRequest",
        "500, internal_error, UpstreamUnavailable",
        "503, database_unavailable, UpstreamUnavailable",
        "429, rate_limited, RateLimited",
    })
    void bridgeCodesBecomeCoreErrors(int status, String code, String type) {
        CommerceException error = errors.fromBridge(reply(status), code, "msg", null, "order", "12");

        assertThat(error.getClass().getSimpleName()).isEqualTo(type);
        if (error instanceof NotFound notFound) {
            assertThat(notFound.resource()).isEqualTo("order");
            assertThat(notFound.id()).isEqualTo("12");
        }
    }

    @Test
    void theIpRefusalNamesTheAddressTheBridgeSaw() {
        CommerceException error = errors.fromBridge(reply(403), "ip_not_allowed", "no", "198.51.100.4", "order", null);

        assertThat(error).isInstanceOf(CredentialsRejected.class).hasMessageContaining("198.51.100.4");
        assertThat(OpenCartErrorTranslator.connectIpRefused("198.51.100.4").reason())
                .isEqualTo("ip_not_allowed");
    }

    @Test
    void a429KeepsItsRetryAfter() {
        OpenCartReply limited = new OpenCartReply(429, "application/json", "{}", "7", "1.0.0");

        RateLimited error = (RateLimited) errors.fromBridge(limited, "rate_limited", "slow down", null, "order", null);

        assertThat(error.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void connectRefusalsCarryTheirReasons() {
        for (OpenCartLoginRefusal refusal : OpenCartLoginRefusal.values()) {
            ConnectionFailed failed = OpenCartErrorTranslator.connectRefused(refusal, "203.0.113.9", "store says no");
            assertThat(failed.reason()).isEqualTo(refusal.reason());
            assertThat(failed.getMessage()).isNotBlank();
        }
        assertThat(OpenCartErrorTranslator.connectRefused(OpenCartLoginRefusal.IP_NOT_ALLOWED, "203.0.113.9", "")
                        .getMessage())
                .contains("203.0.113.9");
        assertThat(OpenCartErrorTranslator.bridgeMissing("HTTP 404").reason()).isEqualTo("bridge_missing");
    }

    @Test
    void verificationNamesRejectedUnreachableAndForeignServers() {
        assertThat(reason(new CredentialsRejected("x", io.omnicart.core.model.Platform.OPENCART, 401)))
                .isEqualTo("auth_rejected");
        assertThat(reason(OpenCartErrorTranslator.unexpectedReply("html"))).isEqualTo("not_opencart");
        assertThat(OpenCartErrorTranslator.forVerification(
                        new UpstreamUnavailable("down", null, io.omnicart.core.model.Platform.OPENCART, 503, null)))
                .isInstanceOf(UpstreamUnavailable.class);
    }

    @Test
    void storeTextIsCleanedAndBounded() {
        assertThat(OpenCartErrorTranslator.clean("<b>Warning</b>:\n bad " + "x".repeat(500)))
                .startsWith("Warning: bad")
                .hasSizeLessThan(310);
        assertThat(errors.fromBridge(reply(400), "invalid_parameter", "limit bad", null, "order", null))
                .isInstanceOf(InvalidRequest.class);
        assertThat(errors.fromBridge(reply(404), "route_not_found", "x", null, "order", null))
                .isInstanceOf(UpstreamContractViolation.class);
    }

    private static String reason(CommerceException error) {
        return ((ConnectionFailed) OpenCartErrorTranslator.forVerification(error)).reason();
    }

    private static OpenCartReply reply(int status) {
        return new OpenCartReply(status, "application/json", "{}", null, "1.0.0");
    }
}
