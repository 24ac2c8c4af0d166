package io.omnicart.testkit.simulator.medusa.handler;

import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.medusa.state.CustomerState;
import io.omnicart.testkit.simulator.medusa.state.MedusaFailure;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.medusa.wire.AddressWire;
import io.omnicart.testkit.simulator.medusa.wire.FieldTree;
import io.omnicart.testkit.simulator.medusa.wire.ListEnvelope;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** {@code /admin/customers/{id}/addresses}: list, create (answers with the customer), retrieve, delete. */
public final class CustomerAddressesHandler {

    private static final int DEFAULT_LIMIT = 50;
    private static final Set<String> FIELDS = Set.of(
            "address_name",
            "is_default_shipping",
            "is_default_billing",
            "company",
            "first_name",
            "last_name",
            "address_1",
            "address_2",
            "city",
            "country_code",
            "province",
            "postal_code",
            "phone",
            "metadata");

    private final MedusaStore store;
    private final CustomersHandler customers;

    public CustomerAddressesHandler(MedusaStore store, CustomersHandler customers) {
        this.store = store;
        this.customers = customers;
    }

    /** Without {@code is_default_shipping/billing} unless asked for (reference §8). */
    public SimResponse list(Call call) {
        CustomerState customer = CustomersHandler.existing(store, call.param(0));
        var page = ListQuery.of(call.query(), DEFAULT_LIMIT)
                .page(customer.addresses.stream(), CustomerState.AddressState::id, (a, f) -> null);
        FieldTree tree = FieldTree.parse(call.fields(), AddressWire.CUSTOMER_ADDRESS_DEFAULTS);
        var rows = page.rows().stream()
                .map(address -> AddressWire.customer(address).project(tree))
                .toList();
        return SimResponse.json(200, ListEnvelope.of("addresses", rows, page.count(), page.offset(), page.limit()));
    }

    public SimResponse create(Call call) {
        CustomerState customer = CustomersHandler.existing(store, call.param(0));
        ObjectNode body = Bodies.strict(call.body(), FIELDS, Set.of());
        customer.addresses.add(new CustomerState.AddressState(
                store.newId("cuaddr"),
                customer.id,
                Bodies.text(body, "address_name"),
                body.path("is_default_shipping").asBoolean(false),
                body.path("is_default_billing").asBoolean(false),
                Bodies.address(body),
                store.now()));
        return customers.reply(call, customer);
    }

    public SimResponse retrieve(Call call) {
        CustomerState.AddressState address = address(call);
        FieldTree tree = FieldTree.parse(call.fields(), AddressWire.CUSTOMER_ADDRESS_DEFAULTS);
        return SimResponse.json(
                200,
                ListEnvelope.single("address", AddressWire.customer(address).project(tree)));
    }

    public SimResponse delete(Call call) {
        CustomerState.AddressState address = address(call);
        CustomersHandler.existing(store, call.param(0)).addresses.remove(address);
        return SimResponse.json(200, ListEnvelope.deleted(address.id(), "customer_address"));
    }

    private CustomerState.AddressState address(Call call) {
        return CustomersHandler.existing(store, call.param(0)).addresses.stream()
                .filter(address -> address.id().equals(call.param(1)))
                .findFirst()
                .orElseThrow(() -> MedusaFailure.notFound("Address with id: " + call.param(1) + " not found"));
    }
}
