package io.omnicart.testkit.simulator.omnium;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain JDK HTTP client speaking to the simulator as an Omnium client would: token first, then bearer calls. */
final class OmniumHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI baseUrl;
    private @Nullable String bearer;

    OmniumHttp(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Logged in with the simulator's client credentials. */
    static OmniumHttp loggedIn(OmniumSimulator simulator) {
        OmniumHttp http = new OmniumHttp(simulator.baseUrl());
        http.login(simulator.clientId(), simulator.clientSecret());
        return http;
    }

    Reply login(String clientId, String clientSecret) {
        Reply reply = token("/api/token?clientId=" + clientId + "&clientSecret=" + clientSecret + "&returnAsJson=true");
        if (reply.status() == 200) {
            bearer = reply.json().get("accessToken").asString();
        }
        return reply;
    }

    Reply token(String pathAndQuery) {
        return send(HttpRequest.newBuilder(baseUrl.resolve(pathAndQuery)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    OmniumHttp bearer(@Nullable String value) {
        this.bearer = value;
        return this;
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply patch(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
    }

    int head(String path) {
        return send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()))
                .status();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(Duration.ofSeconds(30));
        return bearer == null ? builder : builder.header("Authorization", "Bearer " + bearer);
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Retry-After"),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(int status, String body, Optional<String> retryAfter, String contentType) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
