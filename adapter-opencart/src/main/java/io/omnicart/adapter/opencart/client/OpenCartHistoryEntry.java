package io.omnicart.adapter.opencart.client;

/**
 * One status change sent through the native history route: the order, the new {@code order_status_id} (always sent:
 * without it OpenCart sets status 0 and restocks, reference §6), the comment kept in the order history, whether
 * OpenCart e-mails the customer, and the order's store. 4.1's signed call also names a language and a currency (the
 * store's default language and the order's currency; the defaults when unknown).
 */
public record OpenCartHistoryEntry(
        String orderId,
        int orderStatusId,
        String comment,
        boolean notifyCustomer,
        int storeId,
        String language,
        String currency) {

    public OpenCartHistoryEntry(
            String orderId, int orderStatusId, String comment, boolean notifyCustomer, int storeId) {
        this(orderId, orderStatusId, comment, notifyCustomer, storeId, "en-gb", "USD");
    }

    /** The same entry for a store whose default language is {@code language} and an order in {@code currency}. */
    public OpenCartHistoryEntry in(String language, String currency) {
        return new OpenCartHistoryEntry(orderId, orderStatusId, comment, notifyCustomer, storeId, language, currency);
    }

    public OpenCartHistoryEntry {
        if (orderStatusId <= 0) {
            throw new IllegalArgumentException("order_status_id must be positive, was " + orderStatusId);
        }
    }
}
