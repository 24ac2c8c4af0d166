package io.omnicart.adapter.demo;

import static io.omnicart.adapter.demo.DemoFixtures.STORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.model.FulfillmentStatus;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.OverviewQuery;
import io.omnicart.core.model.StoreOverview;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoOverviewTest {

    private static final OffsetDateTime NOW = OffsetDateTime.ofInstant(DemoFixtures.NOW, ZoneOffset.UTC);

    private final DemoAdapter adapter = DemoFixtures.adapter();
    private final List<Order> orders = DemoFixtures.fullOrders(adapter);

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 30, 90, 365})
    void overviewEqualsAnIndependentComputation(int days) {
        StoreOverview overview = adapter.overview(STORE, new OverviewQuery(Duration.ofDays(days)))
                .block();
        OffsetDateTime from = NOW.minusDays(days);
        List<Order> inWindow = orders.stream()
                .filter(o -> !o.createdAt().isBefore(from) && !o.createdAt().isAfter(NOW))
                .toList();
        assertThat(overview.orderCount()).isEqualTo(inWindow.size());
        assertThat(overview.customerCount()).isEqualTo(60);
        assertThat(overview.productCount()).isEqualTo(30);
        assertThat(overview.revenue()).containsExactly(revenue(inWindow, "EUR"), revenue(inWindow, "USD"));
        assertThat(overview.window().from()).isEqualTo(from);
        assertThat(overview.window().to()).isEqualTo(NOW);
        assertThat(overview.asOf()).isEqualTo(NOW);
        assertThat(overview.cached()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {30, 365})
    void recentWindowsHaveSalesInBothCurrencies(int days) {
        StoreOverview overview = adapter.overview(STORE, new OverviewQuery(Duration.ofDays(days)))
                .block();
        assertThat(overview.orderCount()).isPositive();
        assertThat(overview.revenue())
                .allSatisfy(money -> assertThat(money.amount()).isPositive());
    }

    private static Money revenue(List<Order> orders, String currency) {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (Order order : orders) {
            boolean cancelled =
                    order.status() == OrderStatus.CANCELLED || order.fulfillmentStatus() == FulfillmentStatus.CANCELED;
            if (!cancelled && order.currency().getCurrencyCode().equals(currency)) {
                sum = sum.add(order.totals().total().amount());
            }
        }
        return Money.of(sum.toPlainString(), currency);
    }
}
