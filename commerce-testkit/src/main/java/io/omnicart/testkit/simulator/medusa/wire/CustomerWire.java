package io.omnicart.testkit.simulator.medusa.wire;

import io.omnicart.testkit.simulator.medusa.state.CustomerState;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import tools.jackson.databind.JsonNode;

/** Customers with their addresses and (including drafts, as Medusa does) orders. */
public final class CustomerWire {

    /** Default columns of the customer routes (reference §8). */
    public static final String DEFAULTS = "id,company_name,first_name,last_name,email,phone,metadata,has_account,"
            + "created_by,created_at,updated_at,deleted_at";

    private CustomerWire() {}

    public static WireRow row(CustomerState customer, MedusaStore store) {
        return new WireRow()
                .col("id", customer.id)
                .col("company_name", customer.companyName)
                .col("first_name", customer.firstName)
                .col("last_name", customer.lastName)
                .col("email", customer.email)
                .col("phone", customer.phone)
                .col("has_account", customer.hasAccount)
                .col("metadata", customer.metadata)
                .col("created_by", customer.createdBy)
                .timestamps(customer.createdAt, customer.updatedAt)
                .rows("addresses", customer.addresses, AddressWire::customer)
                .rel("groups", tree -> MedusaJson.array())
                .rel("orders", tree -> orders(customer, store, tree));
    }

    /** Every order row of the customer, drafts included (reference §8). */
    private static JsonNode orders(CustomerState customer, MedusaStore store, FieldTree tree) {
        return MedusaJson.array(store.orders.values().stream()
                .filter(order -> customer.id.equals(order.customerId))
                .map(order -> CustomerOrderWire.render(store, order, tree))
                .toList());
    }
}
