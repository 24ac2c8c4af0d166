package io.omnicart.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.error.RateLimited;
import io.omnicart.core.error.UpstreamContractViolation;
import io.omnicart.core.error.UpstreamTimeout;
import io.omnicart.core.error.UpstreamUnavailable;
import io.omnicart.core.error.UpstreamUnreachable;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.Product;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.testkit.simulator.Fault;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * How an upstream misbehaving surfaces: 429 with its {@code Retry-After}, 5xx as unavailable, a slow answer as a
 * timeout, broken JSON as a contract violation, a dropped or refused connection as unreachable, and undocumented extra
 * fields as nothing at all. The adapter reports; retrying is the gateway's business.
 */
public abstract class UpstreamFailureContract extends ContractGroup {

    protected UpstreamFailureContract(CommerceAdapterContract contract) {
        super(contract);
    }

    @Test
    void a429CarriesItsRetryAfterInSeconds() {
        simulator().failNext(Fault.rateLimited(Duration.ofSeconds(7)));

        RateLimited limited = failure(probe(store()), RateLimited.class);

        assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(limited.upstreamStatus()).isEqualTo(429);
        assertThat(limited.platform()).isEqualTo(adapter().platform());
        assertThat(limited.isTransient()).isTrue();
    }

    @Test
    void a429CarriesItsRetryAfterAsADate() {
        simulator().failNext(Fault.rateLimitedUntil(Instant.now().plusSeconds(30)));

        RateLimited limited = failure(probe(store()), RateLimited.class);

        assertThat(limited.retryAfter()).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(31));
    }

    @Test
    void serverErrorsAreUnavailable() {
        for (int status : List.of(500, 502, 503, 504)) {
            simulator().failNext(Fault.status(status));

            UpstreamUnavailable unavailable = failure(probe(store()), UpstreamUnavailable.class);

            assertThat(unavailable.upstreamStatus()).isEqualTo(status);
            assertThat(unavailable.isTransient()).isTrue();
        }
    }

    @Test
    void aSlowUpstreamTimesOut() {
        Duration timeout = contract().upstreamTimeout();
        simulator().failNext(Fault.slow(timeout.multipliedBy(3)));
        Instant start = Instant.now();

        failure(probe(store()), UpstreamTimeout.class);

        assertThat(Duration.between(start, Instant.now())).isLessThan(timeout.multipliedBy(3));
    }

    @Test
    void malformedJsonIsAContractViolation() {
        simulator().failNext(Fault.malformedJson());

        UpstreamContractViolation violation = failure(probe(store()), UpstreamContractViolation.class);

        assertThat(violation.platform()).isEqualTo(adapter().platform());
    }

    @Test
    void droppedConnectionsAreUnreachable() {
        simulator().failNext(Fault.connectionReset());
        failure(probe(store()), UpstreamUnreachable.class);

        simulator().failNext(Fault.connectionClose());
        failure(probe(store()), UpstreamUnreachable.class);
    }

    @Test
    void aClosedPortIsUnreachableAndNothingWasSent() {
        StoreConnection closed = Connections.withBaseUrl(store(), Connections.closedPort());

        UpstreamUnreachable unreachable = failure(probe(closed), UpstreamUnreachable.class);

        assertThat(unreachable.requestSent()).isFalse();
    }

    @Test
    void unknownExtraFieldsAreIgnored() {
        String orderId = seeded().order("completed-delivered").id();
        String productId = seeded().productId("classic-tee");
        Order order = await(adapter().getOrder(store(), orderId));
        Product product = await(adapter().getProduct(store(), productId));
        Page<OrderSummary> page = await(probe(store()));

        simulator().failNext(20, Fault.unknownFields());

        assertThat(await(adapter().getOrder(store(), orderId))).isEqualTo(order);
        assertThat(await(adapter().getProduct(store(), productId))).isEqualTo(product);
        assertThat(await(probe(store()))).isEqualTo(page);
        simulator().clearFaults();
    }

    private Mono<Page<OrderSummary>> probe(StoreConnection connection) {
        return adapter().listOrders(connection, OrderQuery.all(PageRequest.first(5)));
    }
}
