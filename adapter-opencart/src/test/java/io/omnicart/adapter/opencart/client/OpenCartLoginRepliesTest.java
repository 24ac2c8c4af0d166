package io.omnicart.adapter.opencart.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.adapter.opencart.OpenCartSamples;
import io.omnicart.adapter.opencart.error.OpenCartErrorTranslator;
import io.omnicart.adapter.opencart.error.OpenCartLoginRefusal;
import io.omnicart.core.error.RateLimited;
import io.omnicart.core.error.UpstreamUnavailable;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Login answers of real 3.0, 4.0 and 4.1 stores, read by shape. */
class OpenCartLoginRepliesTest {

    private final OpenCartErrorTranslator errors = new OpenCartErrorTranslator(Clock.systemUTC());

    @ParameterizedTest
    @CsvSource({
        "V3_0, login-wrong-key.json, WRONG_KEY",
        "V3_0, login-key-without-username.json, WRONG_KEY",
        "V3_0, login-ip-not-allowed.json, IP_NOT_ALLOWED",
        "V4_0, oc40-login-wrong-key.json, WRONG_KEY",
    })
    void refusalsAreReadFromTheSamples(OpenCartVersion version, String sample, OpenCartLoginRefusal expected) {
        OpenCartLoginResult result = interpret(version, 200, "application/json", OpenCartSamples.read(sample));

        assertThat(result)
                .isInstanceOfSatisfying(
                        OpenCartLoginResult.Refused.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(expected));
    }

    @Test
    void theIpRefusalNamesTheCallersAddress() {
        OpenCartLoginResult result = interpret(
                OpenCartVersion.V3_0, 200, "application/json", OpenCartSamples.read("login-ip-not-allowed.json"));

        assertThat(((OpenCartLoginResult.Refused) result).callerIp()).isEqualTo("127.0.0.1");
        OpenCartLoginResult forty = interpret(
                OpenCartVersion.V4_0,
                200,
                "application/json",
                "{\"error\":\"Warning: Your IP 2001:db8::7 is not allowed to access this API!\"}");
        assertThat(((OpenCartLoginResult.Refused) forty).callerIp()).isEqualTo("2001:db8::7");
    }

    @Test
    void aSessionCarriesItsProtocolLineAndAMaskedToken() {
        OpenCartLoginResult result = interpret(
                OpenCartVersion.V4_0, 200, "application/json", OpenCartSamples.read("oc40-login-success.json"));

        assertThat(result).isInstanceOfSatisfying(OpenCartLoginResult.Started.class, started -> {
            assertThat(started.version()).isEqualTo(OpenCartVersion.V4_0);
            assertThat(started.token().reveal()).isEqualTo("0eb46b8633102b711108df4d45");
            assertThat(started.toString()).doesNotContain("0eb46b8633102b711108df4d45");
        });
    }

    @Test
    void a404MeansTryTheNextProtocolAndA403MeansTry41sSignedApi() {
        assertThat(OpenCartLoginReplies.interpret(
                        OpenCartVersion.V3_0,
                        new OpenCartReply(404, "text/html", "<!DOCTYPE html><html></html>", null),
                        errors))
                .isEmpty();
        OpenCartLoginResult locked = interpret(
                OpenCartVersion.V3_0, 403, "application/json", OpenCartSamples.read("oc41-old-login-route-403.json"));
        assertThat(((OpenCartLoginResult.Refused) locked).refusal()).isEqualTo(OpenCartLoginRefusal.SIGNED_API_ONLY);
    }

    @Test
    void aWebPageIsNoOpenCart() {
        OpenCartLoginResult result = interpret(OpenCartVersion.V3_0, 200, "text/html", "<html><body>hi</body></html>");

        assertThat(((OpenCartLoginResult.Refused) result).refusal()).isEqualTo(OpenCartLoginRefusal.NOT_OPENCART);
    }

    @Test
    void overloadAndServerErrorsAreErrorsNotRefusals() {
        assertThatThrownBy(() -> interpret(OpenCartVersion.V3_0, 503, "text/html", "<html>maintenance</html>"))
                .isInstanceOf(UpstreamUnavailable.class);
        assertThatThrownBy(() -> interpret(OpenCartVersion.V3_0, 429, "text/plain", ""))
                .isInstanceOf(RateLimited.class);
    }

    private OpenCartLoginResult interpret(OpenCartVersion version, int status, String type, String body) {
        Optional<OpenCartLoginResult> result =
                OpenCartLoginReplies.interpret(version, new OpenCartReply(status, type, body, null), errors);
        return result.orElseThrow();
    }
}
