package io.omnicart.gateway.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.omnicart.core.port.Webhook;
import io.omnicart.core.port.WebhookFailure;
import io.omnicart.core.port.WebhookRegistry;
import io.omnicart.gateway.observability.MeterCache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers each event this instance publishes to the webhooks of its workspace that want its type: a signed JSON
 * {@code POST}, at least once, in order per webhook and account (one delivery at a time per pair), retried with
 * exponential backoff and jitter, dead-lettered after the retry period. Runs apart from polling and SSE: a slow or
 * dead receiver only delays its own queue.
 */
public final class WebhookDelivery extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);
    private static final int MAX_QUEUES = 4096;

    /** One event for one webhook. */
    record Delivery(Webhook webhook, ChangeEvent event, String body) {
        String queue() {
            return webhook.id() + "\n" + event.accountId();
        }
    }

    private final EventLog events;
    private final WebhookRegistry registry;
    private final WebClient http;
    private final JsonMapper json;
    private final WebhookProperties properties;
    private final Clock clock;
    private final MeterCache<String, Counter> outcomes;
    private volatile List<Webhook> hooks = List.of();
    private volatile Instant hooksReadAt = Instant.MIN;

    WebhookDelivery(
            EventLog events,
            WebhookRegistry registry,
            WebClient http,
            JsonMapper json,
            WebhookProperties properties,
            MeterRegistry meters,
            Clock clock) {
        this.events = events;
        this.registry = registry;
        this.http = http;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
        this.outcomes = new MeterCache<>(
                16,
                outcome -> Counter.builder("omnicart.webhook.deliveries")
                        .description("Webhook delivery attempts by outcome (delivered, failed, dead_lettered, dropped)")
                        .tag("outcome", outcome)
                        .register(meters));
    }

    @Override
    protected Flux<Void> loop() {
        return events.appended()
                .onBackpressureBuffer(
                        100_000, dropped -> outcomes.get("dropped").increment(), BufferOverflowStrategy.DROP_OLDEST)
                .concatMap(event -> deliveries(event).onErrorResume(this::lookupFailed))
                .groupBy(Delivery::queue)
                .flatMap(queue -> queue.concatMap(this::deliver), MAX_QUEUES);
    }

    /** A webhook created or removed is seen by the next event. */
    void refresh() {
        hooksReadAt = Instant.MIN;
    }

    /** Sends one dead-lettered event again, now and once; fails as the receiver does. */
    Mono<Void> redeliver(Webhook webhook, WebhookFailure failure) {
        return post(webhook, failure.eventId(), failure.body());
    }

    private Flux<Delivery> deliveries(WorkspaceEvent event) {
        return webhooks()
                .flatMapMany(all -> Flux.fromIterable(all)
                        .filter(hook -> hook.workspaceId().equals(event.workspaceId()))
                        .filter(hook -> hook.wants(event.event().type()))
                        .map(hook -> new Delivery(hook, event.event(), json.writeValueAsString(event.event()))));
    }

    private Mono<List<Webhook>> webhooks() {
        if (clock.instant().isBefore(hooksReadAt.plus(properties.registryCacheTtl()))) {
            return Mono.just(hooks);
        }
        return registry.all().collectList().doOnNext(all -> {
            hooks = List.copyOf(all);
            hooksReadAt = clock.instant();
        });
    }

    private Mono<Void> deliver(Delivery delivery) {
        return attempt(delivery, 1, clock.instant());
    }

    private Mono<Void> attempt(Delivery delivery, int attempt, Instant firstTry) {
        return post(delivery.webhook(), delivery.event().id(), delivery.body())
                .doOnSuccess(done -> outcomes.get("delivered").increment())
                .onErrorResume(error -> retryOrGiveUp(delivery, attempt, firstTry, error));
    }

    private Mono<Void> retryOrGiveUp(Delivery delivery, int attempt, Instant firstTry, Throwable error) {
        outcomes.get("failed").increment();
        Duration wait = backoff(attempt);
        if (clock.instant().plus(wait).isAfter(firstTry.plus(properties.giveUpAfter()))) {
            return deadLetter(delivery, attempt, error);
        }
        return Mono.delay(wait).then(Mono.defer(() -> attempt(delivery, attempt + 1, firstTry)));
    }

    private Mono<Void> deadLetter(Delivery delivery, int attempts, Throwable error) {
        WebhookFailure failure = new WebhookFailure(
                delivery.webhook().id(),
                delivery.event().id(),
                delivery.event().accountId(),
                delivery.body(),
                attempts,
                describe(error),
                clock.instant());
        return registry.recordFailure(failure)
                .doOnSuccess(done -> outcomes.get("dead_lettered").increment())
                .onErrorResume(stored -> {
                    log.error(
                            "webhook {}: could not keep undeliverable event {}",
                            failure.webhookId(),
                            failure.eventId());
                    return Mono.empty();
                });
    }

    /** 1 s, 2 s, 4 s … up to the maximum, each between half and the whole of it. */
    Duration backoff(int attempt) {
        long base = properties.initialBackoff().toMillis() << Math.min(attempt - 1, 30);
        long capped = Math.min(base, properties.maxBackoff().toMillis());
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    private Mono<Void> post(Webhook webhook, String eventId, String body) {
        String signature = WebhookSignature.header(
                webhook.secret().reveal(), clock.instant().getEpochSecond(), body);
        return http.post()
                .uri(webhook.url())
                .contentType(MediaType.APPLICATION_JSON)
                .header(WebhookSignature.HEADER, signature)
                .header(WebhookSignature.EVENT_ID_HEADER, eventId)
                .bodyValue(body)
                .retrieve()
                .toBodilessEntity()
                .timeout(properties.timeout())
                .then();
    }

    private static String describe(Throwable error) {
        String text = error.getClass().getSimpleName() + ": " + error.getMessage();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private Mono<Delivery> lookupFailed(Throwable error) {
        log.warn("webhooks could not be read; events of this moment are not delivered: {}", error.toString());
        return Mono.empty();
    }
}
