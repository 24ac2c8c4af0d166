package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import io.omnicart.testkit.simulator.seed.Seed;
import io.omnicart.testkit.simulator.seed.SeedAddress;
import io.omnicart.testkit.simulator.seed.SeedDraftOrder;
import io.omnicart.testkit.simulator.seed.SeedLine;
import io.omnicart.testkit.simulator.seed.SeedOrder;
import io.omnicart.testkit.simulator.seed.SeedOrderState;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a seeded order as an {@code OmniumOrder} tree (reference §5.5): lines and shipment inside {@code orderForm}. */
final class OmniumOrderWriter {

    private final Seed seed;

    OmniumOrderWriter(Seed seed) {
        this.seed = seed;
    }

    ObjectNode write(String id, SeedOrder source, @Nullable String customerId) {
        ObjectNode order = header(id, statusOf(source), source.currency(), OmniumJson.time(source.createdAt()));
        order.put("customerId", customerId);
        order.put("customerEmail", source.email());
        order.put("customerName", name(source.shippingAddress()));
        order.set(
                "billingAddress",
                address(
                        source.billingAddress() == null ? source.shippingAddress() : source.billingAddress(),
                        source.email()));
        if (source.state() == SeedOrderState.ARCHIVED) {
            order.withArray("tags").add("archived");
        }
        ObjectNode form = order.putObject("orderForm");
        BigDecimal subTotal = lines(form.putArray("lineItems"), source.lines(), source.currency());
        BigDecimal total = subTotal.add(source.shippingAmount());
        form.put("subTotal", subTotal);
        form.put("shippingSubTotal", source.shippingAmount());
        form.put("total", total);
        ObjectNode shipment = form.putArray("shipments").addObject();
        shipment.put("shipmentId", id + "-1");
        shipment.put("status", "AwaitingInventory");
        shipment.put("orderStatus", order.get("status").asString());
        shipment.set("address", address(source.shippingAddress(), source.email()));
        form.putArray("payments");
        return order;
    }

    /** A minimal order for bulk seeding: one line, status {@code New}. */
    static ObjectNode bulk(String id, String created) {
        ObjectNode order = header(id, "New", "EUR", created);
        order.put("customerEmail", "bulk" + id + "@example.com");
        ObjectNode form = order.putObject("orderForm");
        form.putArray("lineItems");
        form.putArray("shipments");
        form.putArray("payments");
        form.put("total", BigDecimal.TEN);
        return order;
    }

    private static ObjectNode header(String id, String status, String currency, String created) {
        ObjectNode order = OmniumJson.object();
        order.put("id", id);
        order.put("orderNumber", id);
        order.put("status", status);
        order.put("orderType", OmniumOrderTypes.ONLINE);
        order.put("storeId", OmniumSeeder.STORE_ID);
        order.put("marketId", OmniumSeeder.marketId(currency));
        order.put("billingCurrency", currency.toUpperCase(Locale.ROOT));
        order.put("created", created);
        order.put("modified", created);
        order.put("isReadOnly", false);
        order.putArray("tags");
        order.putArray("orderNotes");
        order.putArray("properties");
        return order;
    }

    /** A seeded draft order as an Omnium cart: status {@code Draft}, lines and totals in {@code orderForm}. */
    ObjectNode cart(String id, SeedDraftOrder source, @Nullable String customerId) {
        ObjectNode cart = header(id, "Draft", source.currency(), OmniumJson.time(source.createdAt()));
        cart.remove("orderNumber");
        cart.put("customerId", customerId);
        cart.put("customerEmail", source.email());
        ObjectNode form = cart.putObject("orderForm");
        BigDecimal subTotal = lines(form.putArray("lineItems"), source.lines(), source.currency());
        form.put("subTotal", subTotal);
        form.put("shippingSubTotal", source.shippingAmount());
        form.put("total", subTotal.add(source.shippingAmount()));
        form.putArray("shipments");
        form.putArray("payments");
        return cart;
    }

    private BigDecimal lines(ArrayNode items, List<SeedLine> lines, String currency) {
        BigDecimal sum = BigDecimal.ZERO;
        int index = 1;
        for (SeedLine line : lines) {
            BigDecimal price = seed.variant(line.sku()).price(currency).amount();
            BigDecimal extended = price.multiply(BigDecimal.valueOf(line.quantity()));
            ObjectNode item = items.addObject();
            item.put("lineItemId", Integer.toString(index++));
            item.put("code", line.sku());
            item.put("skuId", line.sku());
            item.put("displayName", seed.productOf(line.sku()).title());
            item.put("quantity", line.quantity());
            item.put("placedPrice", price);
            item.put("extendedPrice", extended);
            sum = sum.add(extended);
        }
        return sum;
    }

    private static String statusOf(SeedOrder source) {
        return switch (source.state()) {
            case PENDING -> "New";
            case COMPLETED, ARCHIVED -> OmniumOrderTypes.COMPLETED;
            case CANCELED -> OmniumOrderTypes.CANCELED;
        };
    }

    private static String name(SeedAddress address) {
        return ((address.firstName() == null ? "" : address.firstName()) + " "
                        + (address.lastName() == null ? "" : address.lastName()))
                .trim();
    }

    private static ObjectNode address(SeedAddress address, String email) {
        ObjectNode node = OmniumJson.object();
        node.put("name", name(address));
        node.put("firstName", address.firstName());
        node.put("lastName", address.lastName());
        node.put("organization", address.company());
        node.put("line1", address.line1());
        node.put("line2", address.line2());
        node.put("postalCode", address.postalCode());
        node.put("city", address.city());
        node.put("state", address.province());
        node.put("countryCode", address.countryCode().toUpperCase(Locale.ROOT));
        node.put("email", email);
        node.put("phone", address.phone());
        return node;
    }
}
