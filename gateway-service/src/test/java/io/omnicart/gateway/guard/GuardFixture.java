package io.omnicart.gateway.guard;

import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.omnicart.core.model.Platform;
import io.omnicart.core.port.AccountStatusRecorder;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.StoreConnection;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import reactor.core.publisher.Mono;

/** A guard built by hand from {@code omnicart.upstream.*} properties (defaults for everything not given). */
final class GuardFixture {

    static final StoreConnection MEDUSA_STORE = new StoreConnection(
            "acc-1", "ws-1", Platform.MEDUSA, URI.create("http://127.0.0.1:1"), new Credentials.None());

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final List<String> statusEvents = new CopyOnWriteArrayList<>();
    final UpstreamProperties properties;
    final UpstreamGuard guard;

    GuardFixture(Map<String, String> settings) {
        this.properties = bind(settings);
        GuardMetrics metrics = new GuardMetrics(registry);
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("recorder", new RecordingStatus(statusEvents));
        AccountStatusReporter status =
                new AccountStatusReporter(beans.getBeanProvider(AccountStatusRecorder.class), Duration.ofMinutes(5));
        RetryPolicies retries = new RetryPolicies(RetryRegistry.ofDefaults(), properties, metrics);
        AccountGuards guards = new AccountGuards(properties, metrics, Clock.systemUTC());
        this.guard = new UpstreamGuard(guards, retries, properties, metrics, status, Clock.systemUTC());
    }

    static UpstreamProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("omnicart.upstream", UpstreamProperties.class);
    }

    double counter(String name, String... tags) {
        var search = registry.find(name).tags(tags);
        return search.counter() == null ? 0 : search.counter().count();
    }

    long timerCount(String... tags) {
        var timer = registry.find("omnicart.upstream.requests").tags(tags).timer();
        return timer == null ? 0 : timer.count();
    }

    private record RecordingStatus(List<String> events) implements AccountStatusRecorder {

        @Override
        public Mono<Void> recordFailure(String workspaceId, String accountId, String reason) {
            return Mono.fromRunnable(() -> events.add("failure " + workspaceId + "/" + accountId + " " + reason));
        }

        @Override
        public Mono<Void> recordSuccess(String workspaceId, String accountId) {
            return Mono.fromRunnable(() -> events.add("success " + workspaceId + "/" + accountId));
        }
    }
}
