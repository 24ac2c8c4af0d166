package io.omnicart.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.model.Capability;
import io.omnicart.core.model.Customer;
import io.omnicart.core.model.CustomerQuery;
import io.omnicart.core.model.CustomerType;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.testkit.simulator.seed.SeedCustomer;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** Customers: registered and guest, addresses, search by e-mail, name or company, and the order history. */
public abstract class CustomerContract extends ContractGroup {

    protected CustomerContract(CommerceAdapterContract contract) {
        super(contract);
    }

    @Test
    void listsEveryCustomerAcrossPages() {
        if (!supports(Capability.CUSTOMERS_READ, () -> list(null, 3))) {
            return;
        }
        List<Customer> customers = allPages(page -> adapter().listCustomers(store(), new CustomerQuery(null, page)), 3);

        assertThat(customers)
                .extracting(Customer::email)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(seeded().seed().customers().stream()
                        .map(SeedCustomer::email)
                        .toList());
    }

    @Test
    void findsCustomersByEmailNameOrCompanyOnly() {
        if (!supports(Capability.CUSTOMERS_READ, () -> list("jane", 25))) {
            return;
        }
        assertThat(emails("JANE")).containsExactly(StandardSeed.JANE);
        assertThat(emails("Jane Doe")).containsExactly(StandardSeed.JANE);
        assertThat(emails("buyer")).containsExactly(StandardSeed.BOB);
        assertThat(emails("acme")).containsExactly(StandardSeed.ALICE);
        assertThat(emails("Unter den Linden")).as("addresses are not searched").isEmpty();
    }

    @Test
    void registeredCustomersSignedUpThemselves() {
        if (!supports(Capability.CUSTOMERS_READ, () -> adapter().getCustomer(store(), id(StandardSeed.JANE)))) {
            return;
        }
        Customer jane = await(adapter().getCustomer(store(), id(StandardSeed.JANE)));
        assertThat(jane.type()).isEqualTo(CustomerType.REGISTERED);
        assertThat(jane.firstName()).isEqualTo("Jane");
        assertThat(jane.lastName()).isEqualTo("Doe");
        assertThat(jane.phone()).isEqualTo("+49 30 1234567");
        assertThat(jane.addresses()).singleElement().satisfies(address -> {
            assertThat(address.line1()).isEqualTo("Unter den Linden 5");
            assertThat(address.city()).isEqualTo("Berlin");
            assertThat(address.postalCode()).isEqualTo("10117");
            assertThat(address.countryCode()).isEqualTo("DE");
        });
        for (SeedCustomer customer : seeded().seed().customers()) {
            assertThat(await(adapter().getCustomer(store(), id(customer.email())))
                            .type())
                    .as("%s, a guest or created by staff unless registered", customer.email())
                    .isEqualTo(customer.registered() ? CustomerType.REGISTERED : CustomerType.GUEST);
        }
        Customer alice = await(adapter().getCustomer(store(), id(StandardSeed.ALICE)));
        assertThat(alice.company()).isEqualTo("Acme GmbH");
    }

    @Test
    void theOrderHistoryIsTheCustomersOrdersNewestFirst() {
        String jane = id(StandardSeed.JANE);
        if (!supports(
                Capability.CUSTOMERS_READ, () -> adapter().listCustomerOrders(store(), jane, PageRequest.first(25)))) {
            return;
        }
        List<OrderSummary> history = allPages(page -> adapter().listCustomerOrders(store(), jane, page), 2);

        assertThat(history)
                .extracting(OrderSummary::id)
                .containsExactlyInAnyOrderElementsOf(
                        new SeedFacts(seeded()).orderIds(order -> StandardSeed.JANE.equals(order.customerEmail())));
        assertThat(history).extracting(OrderSummary::createdAt).isSortedAccordingTo(Comparator.reverseOrder());
    }

    private String id(String email) {
        return seeded().customerId(email);
    }

    private List<String> emails(String q) {
        return await(list(q, 100)).data().stream().map(Customer::email).toList();
    }

    private Mono<Page<Customer>> list(@Nullable String q, int limit) {
        return adapter().listCustomers(store(), new CustomerQuery(q, PageRequest.first(limit)));
    }
}
