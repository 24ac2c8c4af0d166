package io.omnicart.testkit.simulator.medusa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain JDK HTTP client speaking to a simulator, as any Medusa client would. */
final class MedusaHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI baseUrl;
    private String authorization;

    MedusaHttp(URI baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    /** Authenticated with the simulator's secret key as HTTP Basic ({@code base64("sk_…:")}). */
    static MedusaHttp withKey(MedusaSimulator simulator) {
        return new MedusaHttp(simulator.baseUrl(), basic(simulator.secretApiKey()));
    }

    static MedusaHttp anonymous(MedusaSimulator simulator) {
        return new MedusaHttp(simulator.baseUrl(), null);
    }

    static String basic(String key) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
    }

    MedusaHttp authorization(String value) {
        this.authorization = value;
        return this;
    }

    Reply get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }

    Reply post(String pathAndQuery, String json) {
        return send(request(pathAndQuery)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String pathAndQuery) {
        return send(request(pathAndQuery).DELETE());
    }

    /** Sends and lets I/O failures (reset, closed connection) surface as {@link IOException}. */
    HttpResponse<String> raw(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(request(pathAndQuery).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(Duration.ofSeconds(20));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response, response.body());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** A response with its body parsed on demand. */
    record Reply(int status, HttpResponse<String> response, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }
}
