package io.omnicart.adapter.opencart.client;

/**
 * One status change sent through the native history route: the order, the new {@code order_status_id} (always sent:
 * without it OpenCart sets status 0 and restocks, reference §6), the comment kept in the order history, whether
 * OpenCart e-mails the customer, and the order's store.
 */
public record OpenCartHistoryEntry(
        String orderId, int orderStatusId, String comment, boolean notifyCustomer, int storeId) {

    public OpenCartHistoryEntry {
        if (orderStatusId <= 0) {
            throw new IllegalArgumentException("order_status_id must be positive, was " + orderStatusId);
        }
    }
}
