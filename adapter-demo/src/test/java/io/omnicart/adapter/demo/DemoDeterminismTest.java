package io.omnicart.adapter.demo;

import static io.omnicart.adapter.demo.DemoFixtures.STORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.model.Customer;
import io.omnicart.core.model.CustomerQuery;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.ProductQuery;
import io.omnicart.core.model.TimelineEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoDeterminismTest {

    @Test
    void twoAdaptersOnTheSameClockServeIdenticalData() {
        DemoAdapter one = DemoFixtures.adapter();
        DemoAdapter two = DemoFixtures.adapter();
        assertThat(DemoFixtures.fullOrders(one)).isEqualTo(DemoFixtures.fullOrders(two));
        assertThat(products(one)).isEqualTo(products(two));
        assertThat(customers(one)).isEqualTo(customers(two));
        assertThat(one.listCollections(STORE, PageRequest.first(10)).block())
                .isEqualTo(two.listCollections(STORE, PageRequest.first(10)).block());
        assertThat(one.listDraftOrders(STORE, PageRequest.first(10)).block())
                .isEqualTo(two.listDraftOrders(STORE, PageRequest.first(10)).block());
        assertThat(one.settings(STORE).block()).isEqualTo(two.settings(STORE).block());
    }

    @Test
    void laterInTheSameDayTheDataStaysTheSame() {
        DemoAdapter morning = new DemoAdapter(Clock.fixed(Instant.parse("2026-03-15T00:00:01Z"), ZoneOffset.UTC));
        DemoAdapter evening = new DemoAdapter(Clock.fixed(Instant.parse("2026-03-15T23:59:59Z"), ZoneOffset.UTC));
        assertThat(DemoFixtures.fullOrders(morning)).isEqualTo(DemoFixtures.fullOrders(evening));
    }

    @Test
    void theNextDayKeepsTheIdsAndMovesEveryDateByOneDay() {
        List<Order> today = DemoFixtures.fullOrders(DemoFixtures.adapter());
        DemoAdapter tomorrowAdapter = new DemoAdapter(Clock.offset(DemoFixtures.CLOCK, Duration.ofDays(1)));
        List<Order> tomorrow = DemoFixtures.fullOrders(tomorrowAdapter);
        assertThat(tomorrow).hasSameSizeAs(today);
        for (int i = 0; i < today.size(); i++) {
            Order before = today.get(i);
            Order after = tomorrow.get(i);
            assertThat(after.id()).isEqualTo(before.id());
            assertThat(after.createdAt()).isEqualTo(before.createdAt().plusDays(1));
            assertThat(after.timeline())
                    .extracting(TimelineEvent::at)
                    .containsExactlyElementsOf(before.timeline().stream()
                            .map(e -> e.at().plusDays(1))
                            .toList());
            assertThat(after.totals()).isEqualTo(before.totals());
        }
    }

    @Test
    void aRunningAdapterFollowsTheClockIntoTheNextDay() {
        MutableClock clock = new MutableClock(DemoFixtures.NOW);
        DemoAdapter adapter = new DemoAdapter(clock);
        Order first = DemoFixtures.fullOrders(adapter).getFirst();
        clock.now = DemoFixtures.NOW.plus(Duration.ofDays(2));
        Order later = adapter.getOrder(STORE, first.id()).block();
        assertThat(later.createdAt()).isEqualTo(first.createdAt().plusDays(2));
    }

    private static List<Product> products(DemoAdapter adapter) {
        return DemoFixtures.readAll(page -> adapter.listProducts(STORE, new ProductQuery(null, Set.of(), null, page))
                .block());
    }

    private static List<Customer> customers(DemoAdapter adapter) {
        return DemoFixtures.readAll(page ->
                adapter.listCustomers(STORE, new CustomerQuery(null, page)).block());
    }

    private static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
