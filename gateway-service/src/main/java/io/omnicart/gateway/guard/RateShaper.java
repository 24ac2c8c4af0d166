package io.omnicart.gateway.guard;

import io.omnicart.core.error.RateLimited;
import java.time.Duration;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import reactor.core.publisher.Mono;

/**
 * Keeps the fleet within each upstream account's request budget: every upstream request takes a token from the
 * account's bucket first, waiting (bounded) for the next refill rather than sending a request the store would answer
 * with 429. Applied to adapter {@code WebClient}s as an exchange filter; the account comes from the Reactor context.
 */
public class RateShaper {

    private final TokenBuckets buckets;
    private final UpstreamProperties properties;

    public RateShaper(TokenBuckets buckets, UpstreamProperties properties) {
        this.buckets = buckets;
        this.properties = properties;
    }

    /** The filter every adapter {@code WebClient} gets. Requests outside a guarded call pass unshaped. */
    public ExchangeFilterFunction filter() {
        return (request, next) ->
                Mono.deferContextual(context -> context.<UpstreamAccount>getOrEmpty(UpstreamAccount.class)
                        .map(account -> acquire(account).then(next.exchange(request)))
                        .orElseGet(() -> next.exchange(request)));
    }

    /** Completes when the account may send one request; {@code RateLimited} when that would take too long. */
    public Mono<Void> acquire(UpstreamAccount account) {
        UpstreamProperties.RateShaper policy =
                properties.policy(account.platform()).rateLimit();
        if (!policy.enabled()) {
            return Mono.empty();
        }
        return take(account, policy.spec(), policy.maxWait());
    }

    private Mono<Void> take(UpstreamAccount account, BucketSpec spec, Duration budget) {
        return buckets.tryTake(account.bucketKey(), spec).flatMap(decision -> {
            if (decision.allowed()) {
                return Mono.empty();
            }
            Duration wait = decision.nextRefill().isPositive() ? decision.nextRefill() : Duration.ofMillis(1);
            if (wait.compareTo(budget) > 0) {
                return Mono.error(new RateLimited(
                        "The store's request budget is used up; try again later", wait, account.platform(), null));
            }
            return Mono.delay(wait).then(Mono.defer(() -> take(account, spec, budget.minus(wait))));
        });
    }
}
