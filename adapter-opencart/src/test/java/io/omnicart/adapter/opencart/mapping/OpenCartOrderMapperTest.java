package io.omnicart.adapter.opencart.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.adapter.opencart.client.OpenCartJson;
import io.omnicart.adapter.opencart.model.OpenCartOrder;
import io.omnicart.core.model.CustomerType;
import io.omnicart.core.model.FulfillmentStatus;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.PaymentStatus;
import org.junit.jupiter.api.Test;

/** A bridge order (the shape of bridge PROTOCOL.md §4.3) in OmniCart's terms. */
class OpenCartOrderMapperTest {

    private static final String ORDER = """
            {"order_id": 6, "store_id": 0, "customer_id": 0, "guest": true, "firstname": "Hans", "lastname": "Huber",
             "email": "hans@example.com", "telephone": "+49 1",
             "payment_address": {"firstname": "Hans", "lastname": "Huber", "company": "", "address_1": "Weg 1",
               "address_2": "", "city": "Wien", "postcode": "1010", "iso_code_2": "AT", "zone": "Wien"},
             "shipping_address": null, "total": 217.5, "order_status_id": 7, "order_status": "Canceled",
             "currency_code": "EUR", "currency_value": 0.78460002,
             "date_added": "2026-11-22T09:15:00+00:00", "date_modified": "2026-11-23T10:00:00+00:00",
             "lines": [{"order_product_id": 9, "product_id": 42, "master_id": null, "name": "Apple Cinema 30\\"",
               "sku": "APPLE-CINEMA-30", "quantity": 2, "price": 100, "total": 200, "tax": 0,
               "options": [{"product_option_id": 217, "product_option_value_id": 4, "name": "Select", "value": "Red",
                 "type": "select"}]}],
             "totals": [{"code": "sub_total", "title": "Sub-Total", "value": 200},
                        {"code": "coupon", "title": "Coupon (X)", "value": -10},
                        {"code": "shipping", "title": "Flat", "value": 27.5},
                        {"code": "total", "title": "Total", "value": 217.5}],
             "history": [{"order_history_id": 1, "order_status_id": 1, "order_status": "Pending", "notify": false,
                          "comment": "", "date_added": "2026-11-22T09:15:00+00:00"},
                         {"order_history_id": 2, "order_status_id": 7, "order_status": "Canceled", "notify": true,
                          "comment": "Out of stock", "date_added": "2026-11-23T10:00:00+00:00"}],
             "shipments": [], "x_new_field": {"a": 1}}
            """;

    @Test
    void mapsStatusMoneyLinesAndCancelReason() {
        OpenCartOrder wire = OpenCartJson.mapper().readValue(ORDER, OpenCartOrder.class);

        Order order = OpenCartOrderMapper.toOrder(wire);

        assertThat(order.id()).isEqualTo("6");
        assertThat(order.number()).isEqualTo("6");
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.UNKNOWN);
        assertThat(order.fulfillmentStatus()).isEqualTo(FulfillmentStatus.CANCELED);
        assertThat(order.customer().type()).isEqualTo(CustomerType.GUEST);
        assertThat(order.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(order.totals().total().amount()).isEqualByComparingTo("170.65");
        assertThat(order.totals().discount().amount()).isEqualByComparingTo("7.85");
        assertThat(order.lineItems()).singleElement().satisfies(line -> {
            assertThat(line.variantId()).isEqualTo("42:4");
            assertThat(line.variantTitle()).isEqualTo("Select: Red");
            assertThat(line.unitPrice().amount()).isEqualByComparingTo("78.46");
        });
        assertThat(order.billingAddress().countryCode()).isEqualTo("AT");
        assertThat(order.shippingAddress()).isNull();
        assertThat(order.cancelReason()).isEqualTo("Out of stock");
        assertThat(order.timeline()).extracting(e -> e.type()).containsExactly("placed", "cancelled");
    }

    @Test
    void statusesFollowTheDefaultIds() {
        assertThat(OpenCartStatusMapper.status(1)).isEqualTo(OrderStatus.PENDING);
        assertThat(OpenCartStatusMapper.status(3)).isEqualTo(OrderStatus.PENDING);
        assertThat(OpenCartStatusMapper.status(15)).isEqualTo(OrderStatus.PENDING);
        assertThat(OpenCartStatusMapper.status(5)).isEqualTo(OrderStatus.COMPLETED);
        assertThat(OpenCartStatusMapper.status(16)).isEqualTo(OrderStatus.CANCELLED);
        assertThat(OpenCartStatusMapper.status(13)).isEqualTo(OrderStatus.REQUIRES_ACTION);
        assertThat(OpenCartStatusMapper.fulfillment(5, true)).isEqualTo(FulfillmentStatus.DELIVERED);
        assertThat(OpenCartStatusMapper.payment(11)).isEqualTo(PaymentStatus.REFUNDED);
    }
}
