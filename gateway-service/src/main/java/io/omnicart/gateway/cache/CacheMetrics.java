package io.omnicart.gateway.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.omnicart.gateway.observability.MeterCache;
import java.util.Locale;

/** {@code omnicart.response.cache} by resource kind and outcome; evictions by count. No account or path tags. */
public class CacheMetrics {

    private final MeterCache<Lookup, Counter> lookups;
    private final Counter evictions;

    public CacheMetrics(MeterRegistry registry) {
        this.lookups = new MeterCache<>(
                256,
                lookup -> Counter.builder("omnicart.response.cache")
                        .description("Store GETs by how the response cache answered them")
                        .tag("kind", lookup.kind().name().toLowerCase(Locale.ROOT))
                        .tag("outcome", lookup.outcome())
                        .register(registry));
        this.evictions = Counter.builder("omnicart.response.cache.evictions")
                .description("Accounts whose cached responses a successful write evicted")
                .register(registry);
    }

    /** {@code outcome}: hit, stale (served while another request refreshes), shared (waited for a concurrent miss), miss, refresh
     * ({@code no-cache} or an early overview refresh). */
    void lookup(ResourceKind kind, String outcome) {
        lookups.get(new Lookup(kind, outcome)).increment();
    }

    void eviction() {
        evictions.increment();
    }

    private record Lookup(ResourceKind kind, String outcome) {}
}
