package io.omnicart.adapter.demo.data;

import io.omnicart.core.model.Address;
import io.omnicart.core.model.Customer;
import io.omnicart.core.model.LineItem;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.OrderTotals;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything the history of one order is written from. */
record OrderContext(
        OrderPlan plan,
        Customer customer,
        Address shipping,
        List<LineItem> lines,
        OrderTotals totals,
        String paymentMethod,
        @Nullable String discountCode) {

    OrderContext {
        lines = List.copyOf(lines);
    }

    OrderScenario scenario() {
        return plan.scenario();
    }

    String customerName() {
        return customer.firstName() + " " + customer.lastName();
    }

    /** The lines of the first parcel when an order ships in two: the first half, rounded up. */
    List<LineItem> firstParcel() {
        return lines.subList(0, (lines.size() + 1) / 2);
    }

    List<LineItem> secondParcel() {
        return lines.subList((lines.size() + 1) / 2, lines.size());
    }

    /** What the first parcel's lines cost. */
    Money firstParcelValue() {
        return firstParcel().stream().map(LineItem::total).reduce(Money::plus).orElseThrow();
    }

    static int units(List<LineItem> lines) {
        return lines.stream().mapToInt(LineItem::quantity).sum();
    }
}
