package io.omnicart.adapter.opencart.simulator;

import static io.omnicart.adapter.opencart.simulator.OpenCartRows.row;
import static io.omnicart.adapter.opencart.simulator.OpenCartSeedWriter.escape;
import static io.omnicart.adapter.opencart.simulator.OpenCartSeedWriter.text;

import io.omnicart.testkit.simulator.seed.Seed;
import io.omnicart.testkit.simulator.seed.SeedAddress;
import io.omnicart.testkit.simulator.seed.SeedCustomer;
import io.omnicart.testkit.simulator.seed.SeedFulfillment;
import io.omnicart.testkit.simulator.seed.SeedFulfillmentStage;
import io.omnicart.testkit.simulator.seed.SeedLine;
import io.omnicart.testkit.simulator.seed.SeedOrder;
import io.omnicart.testkit.simulator.seed.SeedOrderState;
import io.omnicart.testkit.simulator.seed.SeedPayment;
import io.omnicart.testkit.simulator.seed.SeededOrder;
import io.omnicart.testkit.simulator.seed.SeededStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The seed's orders as OpenCart rows: header with both addresses, lines (with the chosen option values), totals, a
 * history from Pending to the order's status, and a bridge tracking row per shipped fulfilment. Money is stored in the
 * default currency and shown in the order's at its {@code currency_value}.
 */
final class OpenCartOrderSeeder {

    static final int PENDING = 1;
    static final int PROCESSING = 2;
    static final int SHIPPED = 3;
    static final int COMPLETE = 5;
    static final int CANCELED = 7;
    static final int REFUNDED = 11;
    /** The default processing ∪ complete statuses: an order in one of them has its units taken out of stock. */
    static final Set<Integer> TAKING_STOCK = Set.of(5, 1, 2, 12, 3);

    private final OpenCartSeedWriter.Context context;
    private final OpenCartSeedWriter.Catalog catalog;
    private final Map<String, Long> customers;
    private final boolean v40;

    OpenCartOrderSeeder(
            OpenCartSeedWriter.Context context,
            OpenCartSeedWriter.Catalog catalog,
            Map<String, Long> customers,
            boolean v40) {
        this.context = context;
        this.catalog = catalog;
        this.customers = customers;
        this.v40 = v40;
    }

    /** The status OpenCart shows for an order in {@code state}; archived orders keep the status they closed with. */
    static int status(SeedOrder order) {
        boolean packed = !order.fulfillments().isEmpty();
        boolean shipped = order.fulfillments().stream().anyMatch(f -> f.stage() != SeedFulfillmentStage.FULFILLED);
        boolean moneyBack = order.payment() == SeedPayment.CANCELED || order.payment() == SeedPayment.REFUNDED;
        return switch (order.state()) {
            case PENDING -> shipped ? SHIPPED : packed ? PROCESSING : PENDING;
            case COMPLETED -> COMPLETE;
            case CANCELED -> order.payment() == SeedPayment.REFUNDED ? REFUNDED : CANCELED;
            case ARCHIVED ->
                !packed && moneyBack ? (order.payment() == SeedPayment.REFUNDED ? REFUNDED : CANCELED) : COMPLETE;
        };
    }

    /** Units per SKU that OpenCart took out of stock for the seed's orders. */
    static Map<String, Integer> takenUnits(Seed seed) {
        Map<String, Integer> taken = new HashMap<>();
        for (SeedOrder order : seed.orders()) {
            if (TAKING_STOCK.contains(status(order))) {
                for (SeedLine line : order.lines()) {
                    taken.merge(line.sku(), line.quantity(), Integer::sum);
                }
            }
        }
        return taken;
    }

    /** The order as stored: placed at a whole second, its state what its status means, the shipping as shown. */
    static SeedOrder stored(OpenCartSeedWriter.Context context, SeedOrder order, Set<String> accounts) {
        int status = status(order);
        SeedOrderState state = switch (status) {
            case COMPLETE -> SeedOrderState.COMPLETED;
            case CANCELED, REFUNDED -> SeedOrderState.CANCELED;
            default -> SeedOrderState.PENDING;
        };
        String customer = order.customerEmail() != null
                        && accounts.contains(order.customerEmail().toLowerCase(Locale.ROOT))
                ? order.customerEmail()
                : null;
        BigDecimal shipping =
                context.shown(storedAmount(context, order.shippingAmount(), order.currency()), order.currency());
        return new SeedOrder(
                order.key(),
                order.email(),
                customer,
                order.currency(),
                state,
                order.lines(),
                order.shippingAddress(),
                order.billingAddress(),
                shipping,
                order.payment(),
                order.fulfillments(),
                order.cancelReason(),
                order.createdAt().truncatedTo(ChronoUnit.SECONDS));
    }

    /** An amount given in {@code currency} as the store keeps it: in its default currency, in cents. */
    private static BigDecimal storedAmount(OpenCartSeedWriter.Context context, BigDecimal amount, String currency) {
        return amount.divide(context.rate(currency), 2, RoundingMode.HALF_UP);
    }

    void write(SeededStore.Builder ids) throws SQLException {
        for (SeedOrder order : context.seed.orders()) {
            ids.order(order(order));
        }
    }

    private SeededOrder order(SeedOrder order) throws SQLException {
        String currency = order.currency().toUpperCase(Locale.ROOT);
        BigDecimal rate = context.rate(currency);
        BigDecimal subtotal = BigDecimal.ZERO;
        for (SeedLine line : order.lines()) {
            subtotal = subtotal.add(unitPrice(line).multiply(BigDecimal.valueOf(line.quantity())));
        }
        BigDecimal shipping = storedAmount(context, order.shippingAmount(), currency);
        BigDecimal total = subtotal.add(shipping);
        int status = status(order);
        List<History> history = history(order, status);
        long customerId = order.customerEmail() == null
                ? 0
                : customers.getOrDefault(order.customerEmail().toLowerCase(Locale.ROOT), 0L);
        SeedCustomer customer = customerId == 0 ? null : customer(order.customerEmail());
        SeedAddress billing = order.billingAddress() == null ? order.shippingAddress() : order.billingAddress();
        Map<String, Object> row = row(
                "invoice_no",
                0,
                "invoice_prefix",
                "INV-",
                "store_id",
                0,
                "store_name",
                escape(context.seed.storeName()),
                "store_url",
                "",
                "customer_id",
                customerId,
                "customer_group_id",
                1,
                "firstname",
                escape(text(customer != null ? customer.firstName() : billing.firstName())),
                "lastname",
                escape(text(customer != null ? customer.lastName() : billing.lastName())),
                "email",
                order.email(),
                "telephone",
                escape(text(customer != null ? customer.phone() : billing.phone())),
                "custom_field",
                "");
        address(row, "payment_", billing);
        address(row, "shipping_", order.shippingAddress());
        boolean shipped = order.shippingAmount().signum() > 0;
        if (v40) {
            row.put("subscription_id", 0);
            row.put("transaction_id", "");
            row.put("payment_address_id", 0);
            row.put("shipping_address_id", 0);
            row.put("payment_method", "{\"name\":\"Bank Transfer\",\"code\":\"bank_transfer.bank_transfer\"}");
            row.put("shipping_method", shipped ? "{\"name\":\"Flat Shipping Rate\",\"code\":\"flat.flat\"}" : "");
            row.put("language_code", "en-gb");
        } else {
            row.put("fax", "");
            row.put("payment_method", "Bank Transfer");
            row.put("payment_code", "bank_transfer");
            row.put("shipping_method", shipped ? "Flat Shipping Rate" : "");
            row.put("shipping_code", shipped ? "flat.flat" : "");
        }
        row.putAll(row(
                "comment",
                "",
                "total",
                total,
                "order_status_id",
                status,
                "affiliate_id",
                0,
                "commission",
                0,
                "marketing_id",
                0,
                "tracking",
                "",
                "language_id",
                1,
                "currency_id",
                context.rows.value("SELECT currency_id FROM {p}currency WHERE code = ?", currency),
                "currency_code",
                currency,
                "currency_value",
                rate,
                "ip",
                "127.0.0.1",
                "forwarded_ip",
                "",
                "user_agent",
                "",
                "accept_language",
                "",
                "date_added",
                context.storeTime(order.createdAt()),
                "date_modified",
                context.storeTime(history.getLast().at())));
        long orderId = context.rows.insert("order", row);
        for (SeedLine line : order.lines()) {
            line(orderId, line);
        }
        totals(orderId, subtotal, shipping, total);
        for (History entry : history) {
            long historyId = context.rows.insert(
                    "order_history",
                    row(
                            "order_id", orderId,
                            "order_status_id", entry.status(),
                            "notify", 0,
                            "comment", escape(entry.comment()),
                            "date_added", context.storeTime(entry.at())));
            if (entry.shipment() != null) {
                context.rows.insert(
                        "omnicart_shipment",
                        row(
                                "order_id", orderId,
                                "order_history_id", historyId,
                                "tracking_number", entry.shipment().trackingNumber(),
                                "carrier", entry.shipment().carrier(),
                                "date_added", context.storeTime(entry.at())));
            }
        }
        String id = Long.toString(orderId);
        return new SeededOrder(order.key(), id, id, context.shown(total, currency), currency);
    }

    private BigDecimal unitPrice(SeedLine line) {
        return context.seed.variant(line.sku()).price(context.defaultCurrency()).amount();
    }

    private void line(long orderId, SeedLine seedLine) throws SQLException {
        OpenCartSeedWriter.Line line = catalog.lines.get(seedLine.sku());
        if (line == null) {
            throw new IllegalArgumentException("no variant with SKU " + seedLine.sku() + " in the seed");
        }
        BigDecimal price = unitPrice(seedLine);
        Map<String, Object> row = row(
                "order_id", orderId,
                "product_id", line.productId(),
                "name", escape(line.product().title()),
                "model", line.product().handle(),
                "quantity", seedLine.quantity(),
                "price", price,
                "total", price.multiply(BigDecimal.valueOf(seedLine.quantity())),
                "tax", 0,
                "reward", 0);
        if (v40) {
            row.put("master_id", line.masterId());
        }
        long orderProductId = context.rows.insert("order_product", row);
        var values = context.seed.variant(seedLine.sku()).options();
        for (Map.Entry<String, long[]> option : line.options().entrySet()) {
            String value = values.containsKey(option.getKey())
                    ? values.get(option.getKey())
                    : OpenCartSeedWriter.combinedValue(line.product(), context.seed.variant(seedLine.sku()));
            context.rows.insert(
                    "order_option",
                    row(
                            "order_id",
                            orderId,
                            "order_product_id",
                            orderProductId,
                            "product_option_id",
                            option.getValue()[0],
                            "product_option_value_id",
                            option.getValue()[1],
                            "name",
                            escape(option.getKey()),
                            "value",
                            escape(value),
                            "type",
                            "select"));
        }
    }

    private void totals(long orderId, BigDecimal subtotal, BigDecimal shipping, BigDecimal total) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"sub_total", "Sub-Total", subtotal, 1});
        if (shipping.signum() > 0) {
            rows.add(new Object[] {"shipping", "Flat Shipping Rate", shipping, 3});
        }
        rows.add(new Object[] {"total", "Total", total, 9});
        for (Object[] values : rows) {
            Map<String, Object> row = row(
                    "order_id",
                    orderId,
                    "code",
                    values[0],
                    "title",
                    values[1],
                    "value",
                    values[2],
                    "sort_order",
                    values[3]);
            if (v40) {
                row.put("extension", "opencart");
            }
            context.rows.insert("order_total", row);
        }
    }

    private List<History> history(SeedOrder order, int status) {
        Instant placed = order.createdAt();
        List<History> history = new ArrayList<>();
        history.add(new History(placed, PENDING, "", null));
        if (status == PROCESSING) {
            history.add(new History(placed.plus(Duration.ofHours(1)), PROCESSING, "", null));
        }
        if (status == CANCELED || status == REFUNDED) {
            history.add(new History(placed.plus(Duration.ofDays(1)), status, text(order.cancelReason()), null));
            return history;
        }
        Instant at = placed.plus(Duration.ofDays(1));
        for (SeedFulfillment fulfillment : order.fulfillments()) {
            if (fulfillment.stage() != SeedFulfillmentStage.FULFILLED) {
                history.add(new History(at, SHIPPED, shippedComment(fulfillment), fulfillment));
                at = at.plus(Duration.ofHours(1));
            }
        }
        if (status == COMPLETE) {
            history.add(new History(placed.plus(Duration.ofDays(2)), COMPLETE, "", null));
        }
        return history;
    }

    /** The comment the adapter's ship action writes, so the e-mail and the read-back carry the tracking URL. */
    private static String shippedComment(SeedFulfillment fulfillment) {
        String text = "Shipped" + (fulfillment.carrier() == null ? "" : " with " + fulfillment.carrier())
                + (fulfillment.trackingNumber() == null ? "" : ", tracking number " + fulfillment.trackingNumber());
        return fulfillment.trackingUrl() == null ? text : text + ": " + fulfillment.trackingUrl();
    }

    private void address(Map<String, Object> row, String prefix, SeedAddress address) throws SQLException {
        long country = context.countryId(address.countryCode());
        row.put(prefix + "firstname", escape(text(address.firstName())));
        row.put(prefix + "lastname", escape(text(address.lastName())));
        row.put(prefix + "company", escape(text(address.company())));
        row.put(prefix + "address_1", escape(address.line1()));
        row.put(prefix + "address_2", escape(text(address.line2())));
        row.put(prefix + "city", escape(address.city()));
        row.put(prefix + "postcode", address.postalCode());
        row.put(prefix + "country", context.rows.placeName("country", country));
        row.put(prefix + "country_id", country);
        long zone = context.zoneId(address.countryCode(), address.province());
        Object zoneName = zone == 0 ? "" : context.rows.placeName("zone", zone);
        row.put(prefix + "zone", zoneName);
        row.put(prefix + "zone_id", zone);
        row.put(prefix + "address_format", "");
        row.put(prefix + "custom_field", "");
    }

    private @Nullable SeedCustomer customer(String email) {
        return context.seed.customers().stream()
                .filter(customer -> customer.email().equalsIgnoreCase(email))
                .findFirst()
                .orElse(null);
    }

    /** One history entry to write; a shipped one carries the fulfilment whose tracking the bridge keeps. */
    private record History(
            Instant at,
            int status,
            String comment,
            @Nullable SeedFulfillment shipment) {}
}
