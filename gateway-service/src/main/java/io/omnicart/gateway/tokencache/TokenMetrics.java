package io.omnicart.gateway.tokencache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code omnicart_token_cache_total{result=hit|miss}} and {@code omnicart_token_logins_total{platform,outcome}}. The
 * platform is taken from the purpose ({@code medusa:admin-jwt}); account ids are never tags.
 */
public final class TokenMetrics {

    private final MeterRegistry registry;
    private final Counter hits;
    private final Counter misses;

    public TokenMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.hits = Counter.builder("omnicart.token.cache")
                .description("Token cache look-ups")
                .tag("result", "hit")
                .register(registry);
        this.misses = Counter.builder("omnicart.token.cache")
                .description("Token cache look-ups")
                .tag("result", "miss")
                .register(registry);
    }

    public void hit() {
        hits.increment();
    }

    public void miss() {
        misses.increment();
    }

    public void login(String purpose, boolean success) {
        Counter.builder("omnicart.token.logins")
                .description("Upstream logins made to obtain a token")
                .tag("platform", platformOf(purpose))
                .tag("outcome", success ? "success" : "failure")
                .register(registry)
                .increment();
    }

    static String platformOf(String purpose) {
        int colon = purpose.indexOf(':');
        String platform = colon < 0 ? "" : purpose.substring(0, colon);
        return switch (platform) {
            case "medusa", "omnium", "opencart", "demo" -> platform;
            default -> "other";
        };
    }
}
