package io.omnicart.bench.tools;

import io.omnicart.adapter.medusa.client.MedusaQuery;
import io.omnicart.adapter.medusa.mapping.MedusaFields;

/**
 * Prints the Admin API path and query string the Medusa adapter sends for each bench scenario, built with the
 * adapter's own {@link MedusaFields} and {@link MedusaQuery}, so that the "direct" measurements request exactly what
 * the gateway requests (one line per scenario: {@code name path?query}).
 */
public final class UpstreamPaths {

    private UpstreamPaths() {}

    public static void main(String[] args) {
        String orderId = args.length > 0 ? args[0] : "order_01BENCH0000000000000000000";
        for (int size : new int[] {25, 100}) {
            MedusaQuery orders = MedusaQuery.fields(MedusaFields.ORDER_SUMMARY)
                    .with("order", "-created_at")
                    .page(size, 0);
            System.out.println("orders-" + size + " /admin/orders?" + orders.encode());
        }
        System.out.println("order-detail /admin/orders/" + orderId + "?"
                + MedusaQuery.fields(MedusaFields.ORDER_DETAIL).encode());
        MedusaQuery products = MedusaQuery.fields(MedusaFields.PRODUCT)
                .with("order", "-created_at")
                .page(25, 0);
        System.out.println("products-25 /admin/products?" + products.encode());
        System.out.println("stores /admin/stores?"
                + MedusaQuery.fields(MedusaFields.STORE).page(1, 0).encode());
    }
}
