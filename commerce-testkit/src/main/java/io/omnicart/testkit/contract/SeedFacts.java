package io.omnicart.testkit.contract;

import io.omnicart.core.model.OrderStatus;
import io.omnicart.testkit.simulator.seed.SeedOrder;
import io.omnicart.testkit.simulator.seed.SeedOrderState;
import io.omnicart.testkit.simulator.seed.SeedPayment;
import io.omnicart.testkit.simulator.seed.SeededStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** What the {@code StandardSeed} implies, in the normalized model's terms: the expectations of the contract. */
final class SeedFacts {

    private final SeededStore seeded;

    SeedFacts(SeededStore seeded) {
        this.seeded = seeded;
    }

    static OrderStatus status(SeedOrderState state) {
        return switch (state) {
            case PENDING -> OrderStatus.PENDING;
            case COMPLETED -> OrderStatus.COMPLETED;
            case CANCELED -> OrderStatus.CANCELLED;
            case ARCHIVED -> OrderStatus.ARCHIVED;
        };
    }

    List<SeedOrder> orders() {
        return seeded.seed().orders();
    }

    /** The platform ids of the seeded orders that satisfy {@code filter}. */
    List<String> orderIds(Predicate<SeedOrder> filter) {
        return orders().stream()
                .filter(filter)
                .map(order -> seeded.order(order.key()).id())
                .toList();
    }

    List<String> orderIdsWithStatus(OrderStatus status) {
        return orderIds(order -> status(order.state()) == status);
    }

    Map<String, Instant> createdAtById() {
        return orders().stream()
                .collect(Collectors.toMap(order -> seeded.order(order.key()).id(), SeedOrder::createdAt));
    }

    SeedOrder order(String key) {
        return orders().stream()
                .filter(order -> order.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seeded order " + key));
    }

    /** Whether an order counts for revenue: not cancelled, and not archived after a cancellation. */
    static boolean earnsRevenue(SeedOrder order) {
        boolean archivedCancellation = order.state() == SeedOrderState.ARCHIVED
                && (order.payment() == SeedPayment.CANCELED || order.payment() == SeedPayment.REFUNDED)
                && order.fulfillments().isEmpty();
        return order.state() != SeedOrderState.CANCELED && !archivedCancellation;
    }

    /** Revenue per currency of the seeded orders placed in {@code [from, to]}. */
    Map<String, BigDecimal> revenue(Instant from, Instant to) {
        return orders().stream()
                .filter(order ->
                        !order.createdAt().isBefore(from) && !order.createdAt().isAfter(to))
                .filter(SeedFacts::earnsRevenue)
                .map(order -> seeded.order(order.key()))
                .collect(Collectors.groupingBy(
                        order -> order.currency(),
                        Collectors.reducing(BigDecimal.ZERO, order -> order.total(), BigDecimal::add)));
    }
}
