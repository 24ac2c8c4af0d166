package io.omnicart.adapter.demo.data;

import io.omnicart.core.model.Address;
import io.omnicart.core.model.Customer;
import io.omnicart.core.model.CustomerRef;
import io.omnicart.core.model.LineItem;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderTotals;
import io.omnicart.core.model.PaymentStatus;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/** Builds the orders of the plan: basket, totals in the destination's currency and tax, history. */
final class DemoOrderFactory {

    private static final long SEED = 0x4E57_04DEL;
    private static final List<String> CARD_BRANDS = List.of("Visa", "Mastercard", "Visa", "American Express");
    private static final List<String> WALLETS = List.of("PayPal", "Apple Pay", "Klarna");

    private final DemoTime time;
    private final Random random = new Random(SEED);
    private final DemoLineItems lineItems;
    private final DemoOrderHistory history;

    DemoOrderFactory(DemoTime time, DemoCatalog catalog) {
        this.time = time;
        this.lineItems = new DemoLineItems(time, random, catalog.published());
        this.history = new DemoOrderHistory(time, random);
    }

    List<Order> orders(List<OrderPlan> plans, List<Customer> customers) {
        List<Order> orders = new ArrayList<>();
        for (OrderPlan plan : plans) {
            orders.add(order(plan, customers.get(plan.customerIndex())));
        }
        return orders;
    }

    private Order order(OrderPlan plan, Customer customer) {
        String id = time.id("order", plan.placedAt(), random);
        Address shipping = customer.addresses().size() > 1 && random.nextInt(4) == 0
                ? customer.addresses().get(1)
                : customer.addresses().getFirst();
        Currency currency = DemoPlaces.currency(shipping.countryCode());
        List<LineItem> lines = lineItems.basket(plan.scenario().minLineItems(), currency, plan.placedAt());
        String code = discountCode();
        OrderTotals totals = DemoPricing.totals(lines, currency, shipping, discountPercent(code));
        OrderContext context = new OrderContext(
                plan, customer, shipping, lines, totals, paymentMethod(shipping, plan.scenario()), code);
        return order(id, context, history.write(context));
    }

    private static Order order(String id, OrderContext context, DemoOrderHistory.History written) {
        OrderScenario scenario = context.scenario();
        Customer customer = context.customer();
        CustomerRef ref = new CustomerRef(customer.id(), context.customerName(), customer.email(), customer.type());
        return new Order(
                id,
                context.plan().number(),
                scenario.status(),
                scenario.platformStatus(),
                scenario.payment(),
                scenario.fulfillment(),
                customer.email(),
                ref,
                context.totals().total().currency(),
                context.totals(),
                context.lines(),
                context.shipping(),
                customer.addresses().getFirst(),
                written.shipments(),
                written.timeline(),
                written.cancelReason(),
                context.plan().placedAt(),
                written.updatedAt());
    }

    private @Nullable String discountCode() {
        int roll = random.nextInt(100);
        return roll < 12 ? "TRAIL10" : roll < 18 ? "WELCOME15" : null;
    }

    private static int discountPercent(@Nullable String code) {
        return code == null ? 0 : Integer.parseInt(code.replaceAll("\\D", ""));
    }

    /** A card, a wallet or iDEAL; 3-D Secure applies to cards only. */
    private String paymentMethod(Address destination, OrderScenario scenario) {
        boolean cardOnly = scenario.payment() == PaymentStatus.REQUIRES_ACTION;
        if (!cardOnly && random.nextInt(3) == 0) {
            return "NL".equals(destination.countryCode()) ? "iDEAL" : DemoPeople.pick(WALLETS, random);
        }
        return DemoPeople.pick(CARD_BRANDS, random) + " •••• " + (1000 + random.nextInt(9000));
    }
}
