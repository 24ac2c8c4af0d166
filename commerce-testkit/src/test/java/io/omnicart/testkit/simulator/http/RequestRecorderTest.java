package io.omnicart.testkit.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.testkit.simulator.RecordedRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RequestRecorderTest {

    private final RequestRecorder recorder =
            new RequestRecorder(JsonMapper.builder().build(), Clock.systemUTC());

    @Test
    void masksCredentialsButKeepsTheScheme() {
        Map<String, String> headers = Map.of(
                "authorization", "Basic c2tfc2VjcmV0Og==", "cookie", "connect.sid=abc", "accept", "application/json");
        recorder.record(new SimRequest("GET", "/admin/orders", new QueryParams(Map.of()), headers, ""));

        RecordedRequest recorded = recorder.requests().getFirst();
        assertThat(recorded.header("Authorization")).isEqualTo("Basic ***");
        assertThat(recorded.header("cookie")).isEqualTo("***");
        assertThat(recorded.header("accept")).isEqualTo("application/json");
    }

    @Test
    void masksSecretsInJsonBodiesAtAnyDepth() {
        String body = "{\"email\":\"a@b.c\",\"password\":\"hunter2\",\"nested\":[{\"client_secret\":\"s\"}]}";
        recorder.record(new SimRequest("POST", "/auth/user/emailpass", new QueryParams(Map.of()), Map.of(), body));

        assertThat(recorder.requests().getFirst().body())
                .contains("a@b.c")
                .doesNotContain("hunter2")
                .doesNotContain("\"s\"");
    }

    @Test
    void masksSecretQueryParameters() {
        Map<String, List<String>> query =
                Map.of("clientId", List.of("abc"), "clientSecret", List.of("s3cr3t-value"), "take", List.of("10"));

        assertThat(RequestRecorder.maskQuery(query))
                .containsEntry("clientId", List.of("abc"))
                .containsEntry("clientSecret", List.of("***"))
                .containsEntry("take", List.of("10"));
    }

    @Test
    void keepsNonJsonBodiesAsSent() {
        recorder.record(new SimRequest("POST", "/x", new QueryParams(Map.of()), Map.of(), "plain text"));
        assertThat(recorder.requests().getFirst().body()).isEqualTo("plain text");
        recorder.clear();
        assertThat(recorder.requests()).isEmpty();
    }
}
