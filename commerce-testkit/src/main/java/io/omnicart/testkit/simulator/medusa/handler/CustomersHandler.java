package io.omnicart.testkit.simulator.medusa.handler;

import io.omnicart.testkit.simulator.http.QueryParams;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.medusa.state.CustomerState;
import io.omnicart.testkit.simulator.medusa.state.MedusaFailure;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.medusa.state.MetadataMerge;
import io.omnicart.testkit.simulator.medusa.wire.CustomerWire;
import io.omnicart.testkit.simulator.medusa.wire.FieldTree;
import io.omnicart.testkit.simulator.medusa.wire.ListEnvelope;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/** {@code /admin/customers}: list, retrieve, create, update, delete (reference §8); addresses in {@link CustomerAddressesHandler}. */
public final class CustomersHandler {

    private static final int DEFAULT_LIMIT = 50;
    private static final Set<String> FIELDS =
            Set.of("email", "first_name", "last_name", "company_name", "phone", "metadata", "additional_data");

    private final MedusaStore store;

    public CustomersHandler(MedusaStore store) {
        this.store = store;
    }

    public SimResponse list(Call call) {
        QueryParams query = call.query();
        var page = ListQuery.of(query, DEFAULT_LIMIT)
                .page(filter(store.customers.values().stream(), query), c -> c.id, CustomersHandler::sortKey);
        FieldTree tree = FieldTree.parse(call.fields(), CustomerWire.DEFAULTS);
        var rows = page.rows().stream()
                .map(c -> CustomerWire.row(c, store).project(tree))
                .toList();
        return SimResponse.json(200, ListEnvelope.of("customers", rows, page.count(), page.offset(), page.limit()));
    }

    public SimResponse retrieve(Call call) {
        return reply(call, existing(store, call.param(0)));
    }

    public SimResponse create(Call call) {
        ObjectNode body = Bodies.strict(call.body(), FIELDS, Set.of());
        String email = Bodies.text(body, "email");
        if (email != null
                && store.customers.values().stream().anyMatch(c -> !c.hasAccount && email.equalsIgnoreCase(c.email))) {
            throw MedusaFailure.duplicate("Customer with email: " + email + ", has_account: false, already exists.");
        }
        CustomerState customer =
                new CustomerState(store.newId("cus"), email, false, call.actor().id(), store.now());
        apply(customer, body);
        store.customers.put(customer.id, customer);
        return reply(call, customer);
    }

    public SimResponse update(Call call) {
        CustomerState customer = existing(store, call.param(0));
        apply(customer, Bodies.strict(call.body(), FIELDS, Set.of()));
        customer.updatedAt = store.now();
        return reply(call, customer);
    }

    public SimResponse delete(Call call) {
        CustomerState customer = existing(store, call.param(0));
        store.customers.remove(customer.id);
        return SimResponse.json(200, ListEnvelope.deleted(customer.id, "customer"));
    }

    static CustomerState existing(MedusaStore store, String id) {
        CustomerState customer = store.customers.get(id);
        if (customer == null) {
            throw MedusaFailure.notFound("Customer with id: " + id + " not found");
        }
        return customer;
    }

    SimResponse reply(Call call, CustomerState customer) {
        FieldTree tree = FieldTree.parse(call.fields(), CustomerWire.DEFAULTS);
        return SimResponse.json(
                200,
                ListEnvelope.single(
                        "customer", CustomerWire.row(customer, store).project(tree)));
    }

    private static final Map<String, BiConsumer<CustomerState, String>> TEXT_FIELDS = Map.of(
            "email", (customer, value) -> customer.email = value,
            "first_name", (customer, value) -> customer.firstName = value,
            "last_name", (customer, value) -> customer.lastName = value,
            "company_name", (customer, value) -> customer.companyName = value,
            "phone", (customer, value) -> customer.phone = value);

    /** Sets the fields present in the body (null clears); metadata is merged. */
    private static void apply(CustomerState customer, ObjectNode body) {
        TEXT_FIELDS.forEach((field, setter) -> {
            if (body.has(field)) {
                setter.accept(customer, Bodies.text(body, field));
            }
        });
        if (body.has("metadata")) {
            customer.metadata = MetadataMerge.merge(customer.metadata, body.get("metadata"));
        }
    }

    private static Stream<CustomerState> filter(Stream<CustomerState> rows, QueryParams query) {
        Stream<CustomerState> filtered = Filters.anyOf(rows, query, "id", c -> c.id);
        filtered = Filters.anyOf(filtered, query, "email", c -> c.email);
        filtered = Filters.anyOf(filtered, query, "first_name", c -> c.firstName);
        filtered = Filters.anyOf(filtered, query, "last_name", c -> c.lastName);
        filtered = Filters.anyOf(filtered, query, "company_name", c -> c.companyName);
        filtered = Filters.anyOf(filtered, query, "has_account", c -> Boolean.toString(c.hasAccount));
        filtered = Filters.dates(filtered, query, "created_at", c -> c.createdAt);
        filtered = Filters.dates(filtered, query, "updated_at", c -> c.updatedAt);
        return Filters.search(filtered, query, CustomersHandler::searchText);
    }

    private static String searchText(CustomerState customer) {
        String addresses = customer.addresses.stream()
                .map(address -> address.fields().searchText())
                .collect(Collectors.joining(" "));
        return Filters.text(
                customer.email, customer.firstName, customer.lastName, customer.companyName, customer.phone, addresses);
    }

    private static @Nullable Comparable<?> sortKey(CustomerState customer, String field) {
        return switch (field) {
            case "email" -> customer.email;
            case "first_name" -> customer.firstName;
            case "last_name" -> customer.lastName;
            case "created_at" -> customer.createdAt;
            case "updated_at" -> customer.updatedAt;
            default -> null;
        };
    }
}
