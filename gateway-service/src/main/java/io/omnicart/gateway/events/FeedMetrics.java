package io.omnicart.gateway.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.omnicart.gateway.observability.MeterCache;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The change feed's meters: {@code omnicart_events_published_total{platform,type}}, {@code
 * omnicart_events_lag_seconds} (detectedAt − occurredAt, histogram), {@code omnicart_event_polls_total{platform,
 * outcome}} and the {@code omnicart_events_sse_subscribers} gauge. No account or workspace ever becomes a tag.
 */
public final class FeedMetrics {

    private final MeterCache<List<String>, Counter> published;
    private final MeterCache<List<String>, Counter> polls;
    private final Timer lag;
    private final AtomicInteger subscribers = new AtomicInteger();

    public FeedMetrics(MeterRegistry registry) {
        this.published = new MeterCache<>(
                256,
                tags -> Counter.builder("omnicart.events.published")
                        .description("Change events published, by platform and type")
                        .tags("platform", tags.get(0), "type", tags.get(1))
                        .register(registry));
        this.polls = new MeterCache<>(
                64,
                tags -> Counter.builder("omnicart.event.polls")
                        .description(
                                "Change-feed polls of one account, by platform and outcome (changed, unchanged, failed)")
                        .tags("platform", tags.get(0), "outcome", tags.get(1))
                        .register(registry));
        this.lag = Timer.builder("omnicart.events.lag")
                .description("From a change in the store (occurredAt) to its detection by the gateway (detectedAt)")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(100))
                .maximumExpectedValue(Duration.ofHours(1))
                .register(registry);
        Gauge.builder("omnicart.events.sse.subscribers", subscribers, AtomicInteger::get)
                .description("Open SSE event streams on this instance")
                .register(registry);
    }

    void published(ChangeEvent event) {
        published.get(List.of(event.platform(), event.type())).increment();
        Duration delay = Duration.between(event.occurredAt(), event.detectedAt());
        lag.record(delay.isNegative() ? Duration.ZERO : delay);
    }

    void polled(String platform, String outcome) {
        polls.get(List.of(platform, outcome)).increment();
    }

    void subscribed() {
        subscribers.incrementAndGet();
    }

    void unsubscribed() {
        subscribers.decrementAndGet();
    }
}
