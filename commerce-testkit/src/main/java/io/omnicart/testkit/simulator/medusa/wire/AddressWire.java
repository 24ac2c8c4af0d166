package io.omnicart.testkit.simulator.medusa.wire;

import io.omnicart.testkit.simulator.medusa.state.AddressFields;
import io.omnicart.testkit.simulator.medusa.state.CustomerState;
import io.omnicart.testkit.simulator.medusa.state.OrderState;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Order address snapshots ({@code ordaddr_…}) and saved customer addresses ({@code cuaddr_…}). */
public final class AddressWire {

    /** Default columns of {@code GET /admin/customers/{id}/addresses}: without the two default flags. */
    public static final String CUSTOMER_ADDRESS_DEFAULTS = "id,address_name,company,customer_id,first_name,last_name,"
            + "address_1,address_2,city,province,postal_code,country_code,phone,metadata,created_at,updated_at";

    private AddressWire() {}

    static JsonNode order(OrderState.@Nullable OrderAddress address, FieldTree tree) {
        if (address == null) {
            return MedusaJson.node(null);
        }
        WireRow row = new WireRow().col("id", address.id()).col("customer_id", null);
        return postal(row, address.fields())
                .col("metadata", null)
                .timestamps(address.createdAt(), address.createdAt())
                .project(tree);
    }

    public static WireRow customer(CustomerState.AddressState address) {
        WireRow row = new WireRow()
                .col("id", address.id())
                .col("address_name", address.addressName())
                .col("is_default_shipping", address.isDefaultShipping())
                .col("is_default_billing", address.isDefaultBilling());
        return postal(row, address.fields())
                .col("metadata", null)
                .col("customer_id", address.customerId())
                .timestamps(address.createdAt(), address.createdAt());
    }

    private static WireRow postal(WireRow row, AddressFields fields) {
        return row.col("company", fields.company())
                .col("first_name", fields.firstName())
                .col("last_name", fields.lastName())
                .col("address_1", fields.address1())
                .col("address_2", fields.address2())
                .col("city", fields.city())
                .col("country_code", fields.countryCode())
                .col("province", fields.province())
                .col("postal_code", fields.postalCode())
                .col("phone", fields.phone());
    }
}
