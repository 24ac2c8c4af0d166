package io.omnicart.gateway.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.omnicart.testkit.simulator.medusa.MedusaSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.BooleanSupplier;
import reactor.core.publisher.Mono;

/** What the change-feed API tests share: changing the store behind the gateway's back, and waiting for polls. */
final class FeedTestSupport {

    private FeedTestSupport() {}

    /** Completes the order in Medusa directly, as the merchant's admin would: the gateway is not told. */
    static void completeInTheStore(MedusaSimulator medusa, String order) {
        String basic =
                Base64.getEncoder().encodeToString((medusa.secretApiKey() + ":").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(medusa.baseUrl() + "/admin/orders/" + order + "/complete"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the feed has polled a Medusa account once more than it had when called. */
    static void awaitNextPoll(MeterRegistry registry) {
        double before = polls(registry);
        await(() -> polls(registry) > before, "the account was polled");
    }

    static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what + " within 30 s").isBefore(deadline);
            Mono.delay(Duration.ofMillis(50)).block();
        }
    }

    private static double polls(MeterRegistry registry) {
        return registry.find("omnicart.event.polls").tag("platform", "medusa").counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }
}
