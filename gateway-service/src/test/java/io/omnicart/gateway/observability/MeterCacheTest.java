package io.omnicart.gateway.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MeterCacheTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicInteger registrations = new AtomicInteger();

    private MeterCache<String, Counter> counters(int maxSize) {
        return new MeterCache<>(maxSize, outcome -> {
            registrations.incrementAndGet();
            return Counter.builder("test.calls").tag("outcome", outcome).register(registry);
        });
    }

    @Test
    void aMeterIsRegisteredOncePerTagValueAndThenReused() {
        MeterCache<String, Counter> counters = counters(10);
        for (int i = 0; i < 100; i++) {
            counters.get(i % 2 == 0 ? "hit" : "miss").increment();
        }

        assertThat(registrations).hasValue(2);
        assertThat(registry.get("test.calls").tag("outcome", "hit").counter().count())
                .isEqualTo(50.0);
        assertThat(registry.get("test.calls").tag("outcome", "miss").counter().count())
                .isEqualTo(50.0);
    }

    @Test
    void pastItsBoundItStillRecordsButKeepsNoMore() {
        MeterCache<String, Counter> counters = counters(2);
        for (String outcome : new String[] {"a", "b", "c", "c", "c"}) {
            counters.get(outcome).increment();
        }

        assertThat(counters.size()).isEqualTo(2);
        assertThat(registry.get("test.calls").tag("outcome", "c").counter().count())
                .as("the registry's meter, found again on every call")
                .isEqualTo(3.0);
    }
}
