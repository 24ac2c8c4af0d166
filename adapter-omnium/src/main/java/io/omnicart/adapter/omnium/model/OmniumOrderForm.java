package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The order form (reference §5.5): lines, shipments, payments and the calculated totals. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OmniumOrderForm(
        @Nullable List<OmniumOrderLine> lineItems,
        @Nullable List<OmniumShipment> shipments,
        @Nullable List<OmniumPayment> payments,
        @Nullable String cartId,
        @Nullable BigDecimal subTotal,
        @Nullable BigDecimal subTotalExclTax,
        @Nullable BigDecimal shippingSubTotal,
        @Nullable BigDecimal shippingSubTotalExclTax,
        @Nullable BigDecimal shippingTotal,
        @Nullable BigDecimal shippingDiscountTotal,
        @Nullable BigDecimal taxTotal,
        @Nullable BigDecimal discountAmount,
        @Nullable BigDecimal total,
        @Nullable BigDecimal authorizedPaymentTotal,
        @Nullable BigDecimal capturedPaymentTotal,
        @Nullable BigDecimal creditPaymentTotal) {}
