package io.omnicart.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.model.Capability;
import io.omnicart.core.model.CustomerType;
import io.omnicart.core.model.FulfillmentStatus;
import io.omnicart.core.model.LineItem;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.OrderSort;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.OrderTotals;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.PaymentStatus;
import io.omnicart.testkit.simulator.seed.SeededOrder;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** One order in full: totals, lines, addresses, customer, shipments with tracking, timeline; and its list form. */
public abstract class OrderDetailContract extends ContractGroup {

    protected OrderDetailContract(CommerceAdapterContract contract) {
        super(contract);
    }

    @Test
    void readsTheFullOrder() {
        SeededOrder seededOrder = seeded().order("completed-delivered");
        if (!supports(Capability.ORDERS_READ, () -> adapter().getOrder(store(), seededOrder.id()))) {
            return;
        }
        Order order = await(adapter().getOrder(store(), seededOrder.id()));

        assertThat(order.number()).isEqualTo(seededOrder.number());
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.paymentStatus()).isEqualTo(payment(PaymentStatus.CAPTURED));
        assertThat(order.fulfillmentStatus()).isEqualTo(FulfillmentStatus.DELIVERED);
        assertThat(order.email()).isEqualTo(StandardSeed.JANE);
        assertThat(order.customer().type()).isEqualTo(CustomerType.REGISTERED);
        assertThat(order.customer().name()).isEqualTo("Jane Doe");
        assertThat(order.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(order.totals().total().amount()).isEqualByComparingTo(seededOrder.total());
        assertThat(order.totals().subtotal().amount()).isEqualByComparingTo("89.48");
        assertThat(order.totals().shipping().amount()).isEqualByComparingTo("4.95");
        assertThat(order.createdAt().toInstant())
                .isEqualTo(facts().order("completed-delivered").createdAt());
        assertThat(order.shippingAddress().city()).isEqualTo("Berlin");
        assertThat(order.shippingAddress().countryCode()).isEqualTo("DE");
        assertThat(order.cancelReason()).isNull();
        assertLines(order);
        assertShipmentsAndTimeline(order);
    }

    /**
     * A line's {@code unitPrice} and {@code total} are before tax, on every platform: the lines add up to the subtotal,
     * and subtotal, shipping and tax less discount make the total (the standard store has no discounts, and taxes some
     * orders where the platform does). A platform that converts each stored amount to the order currency on its own
     * (OpenCart) may round each by half a minor unit, so sums hold to that.
     */
    @Test
    void linesArePricedBeforeTax() {
        List<String> ids = new SeedFacts(seeded()).orderIds(order -> true);
        if (!supports(Capability.ORDERS_READ, () -> adapter().getOrder(store(), ids.getFirst()))) {
            return;
        }
        for (String id : ids) {
            Order order = await(adapter().getOrder(store(), id));
            OrderTotals totals = order.totals();
            for (LineItem line : order.lineItems()) {
                assertThat(line.total().amount())
                        .as("line %s of order %s: unit price × quantity", line.id(), id)
                        .isCloseTo(
                                line.unitPrice().amount().multiply(BigDecimal.valueOf(line.quantity())),
                                roundings(order, line.quantity() + 1));
            }
            assertThat(order.lineItems().stream()
                            .map(line -> line.total().amount())
                            .reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as("the lines of order %s make its subtotal", id)
                    .isCloseTo(
                            totals.subtotal().amount(),
                            roundings(order, order.lineItems().size() + 1));
            assertThat(totals.subtotal()
                            .amount()
                            .add(totals.shipping().amount())
                            .add(totals.tax().amount())
                            .subtract(totals.discount().amount()))
                    .as("subtotal + shipping + tax − discount of order %s", id)
                    .isCloseTo(totals.total().amount(), roundings(order, 5));
        }
    }

    /** How far {@code count} amounts each rounded to the order currency's minor unit can drift: half a unit each. */
    private static Offset<BigDecimal> roundings(Order order, int count) {
        int digits = Math.max(order.currency().getDefaultFractionDigits(), 0);
        return Offset.offset(BigDecimal.valueOf(5L * count, digits + 1));
    }

    @Test
    void theListShowsWhatTheDetailShows() {
        SeededOrder seededOrder = seeded().order("completed-delivered");
        if (!supports(Capability.ORDERS_READ, () -> adapter().getOrder(store(), seededOrder.id()))) {
            return;
        }
        Order order = await(adapter().getOrder(store(), seededOrder.id()));
        OrderSummary summary = await(summaryOf(seededOrder.id())).data().getFirst();

        assertThat(summary).isEqualTo(order.summary());
        assertThat(summary.itemCount()).isEqualTo(3);
    }

    @Test
    void guestsOpenPaymentsAndCancelReasonsShow() {
        if (!supports(
                Capability.ORDERS_READ,
                () -> adapter().getOrder(store(), seeded().order("canceled").id()))) {
            return;
        }
        Order guest = await(
                adapter().getOrder(store(), seeded().order("pending-authorized").id()));
        assertThat(guest.customer().type()).isEqualTo(CustomerType.GUEST);
        assertThat(guest.paymentStatus()).isEqualTo(payment(PaymentStatus.AUTHORIZED));
        assertThat(guest.fulfillmentStatus()).isEqualTo(FulfillmentStatus.NOT_FULFILLED);

        Order canceled =
                await(adapter().getOrder(store(), seeded().order("canceled").id()));
        assertThat(canceled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(canceled.cancelReason()).isEqualTo("customer changed mind");
        assertThat(canceled.currency().getCurrencyCode()).isEqualTo("USD");

        Order partial = await(adapter()
                .getOrder(store(), seeded().order("pending-partially-fulfilled").id()));
        assertThat(partial.fulfillmentStatus())
                .as("fulfilment per line or per order")
                .isEqualTo(
                        profile().partialShipments()
                                ? FulfillmentStatus.PARTIALLY_FULFILLED
                                : FulfillmentStatus.NOT_FULFILLED);
    }

    private void assertLines(Order order) {
        LineItem tee = order.lineItems().stream()
                .filter(item -> "TEE-M-BLK".equals(item.sku()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no TEE-M-BLK line in " + order.lineItems()));
        assertThat(tee.quantity()).isEqualTo(2);
        assertThat(tee.title()).isEqualTo("Classic Tee");
        BigDecimal unit = seeded().seed().variant("TEE-M-BLK").price("EUR").amount();
        assertThat(tee.unitPrice().amount()).isEqualByComparingTo(unit);
        assertThat(tee.total().amount()).isEqualByComparingTo(unit.multiply(BigDecimal.TWO));
        assertThat(tee.productId()).isEqualTo(seeded().productId("classic-tee"));
        assertThat(order.lineItems()).extracting(LineItem::sku).containsExactlyInAnyOrder("TEE-M-BLK", "HOOD-L");
    }

    private void assertShipmentsAndTimeline(Order order) {
        assertThat(order.shipments()).singleElement().satisfies(shipment -> {
            assertThat(shipment.trackingNumbers()).containsExactly("DHL-123456789");
            assertThat(shipment.trackingUrls()).containsExactly("https://tracking.example.com/DHL-123456789");
            assertThat(shipment.shippedAt()).isNotNull();
            assertThat(shipment.deliveredAt()).isNotNull();
        });
        assertThat(order.timeline()).isNotEmpty();
        assertThat(order.timeline().getFirst().at()).isEqualTo(order.createdAt());
        assertThat(order.timeline()).extracting(event -> event.at()).isSorted();
    }

    private Mono<Page<OrderSummary>> summaryOf(String id) {
        OrderQuery byId = new OrderQuery(id, Set.of(), null, null, null, OrderSort.NEWEST_FIRST, PageRequest.first(25));
        return adapter().listOrders(store(), byId);
    }

    private SeedFacts facts() {
        return new SeedFacts(seeded());
    }
}
