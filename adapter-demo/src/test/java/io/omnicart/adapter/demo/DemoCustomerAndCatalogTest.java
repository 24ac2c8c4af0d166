package io.omnicart.adapter.demo;

import static io.omnicart.adapter.demo.DemoFixtures.STORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.model.Collection;
import io.omnicart.core.model.Customer;
import io.omnicart.core.model.CustomerQuery;
import io.omnicart.core.model.InventoryLevel;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.ProductQuery;
import io.omnicart.core.model.ProductStatus;
import io.omnicart.core.model.ProductVariant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class DemoCustomerAndCatalogTest {

    private final DemoAdapter adapter = DemoFixtures.adapter();
    private final List<Order> orders = DemoFixtures.fullOrders(adapter);
    private final List<Customer> customers = DemoFixtures.readAll(
            page -> adapter.listCustomers(STORE, new CustomerQuery(null, page)).block());
    private final List<Product> products = products(null, Set.of(), null);

    @Test
    void customerHistoryIsExactlyTheirOrdersNewestFirst() {
        assertThat(customers).hasSize(60).allSatisfy(customer -> {
            List<OrderSummary> history = DemoFixtures.readAll(
                    page -> adapter.listCustomerOrders(STORE, customer.id(), page)
                            .block(),
                    2);
            List<String> expected = orders.stream()
                    .filter(order -> order.customer().id().equals(customer.id()))
                    .sorted(Comparator.comparing(Order::createdAt).reversed())
                    .map(Order::id)
                    .toList();
            assertThat(history).extracting(OrderSummary::id).isNotEmpty().containsExactlyElementsOf(expected);
        });
    }

    @Test
    void customerSearchMatchesEmailNamesAndCompanyCaseInsensitively() {
        Customer withCompany =
                customers.stream().filter(c -> c.company() != null).findFirst().orElseThrow();
        assertThat(searchCustomers(withCompany.company().substring(0, 6).toUpperCase()))
                .contains(withCompany);
        assertThat(searchCustomers(withCompany.lastName().toLowerCase()))
                .contains(withCompany)
                .allSatisfy(c -> assertThat(c.lastName() + c.firstName() + c.email() + c.company())
                        .containsIgnoringCase(withCompany.lastName()));
        assertThat(searchCustomers(withCompany.firstName().toUpperCase())).contains(withCompany);
        assertThat(searchCustomers(withCompany.email())).containsExactly(withCompany);
        assertThat(searchCustomers("zz-no-such-customer")).isEmpty();
        assertThat(adapter.getCustomer(STORE, withCompany.id()).block()).isEqualTo(withCompany);
    }

    @Test
    void productSearchMatchesTitleHandleAndSku() {
        assertThat(products(" MERINO ", Set.of(), null))
                .hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(p -> assertThat(p.title() + p.handle()).containsIgnoringCase("merino"));
        assertThat(products("tindra-mid", Set.of(), null))
                .extracting(Product::title)
                .containsExactly("Tindra Mid GTX Hiking Boot");
        assertThat(products("nw-boot-tindra-41-wal", Set.of(), null))
                .extracting(Product::handle)
                .containsExactly("tindra-mid-gtx-hiking-boot");
        assertThat(adapter.getProduct(STORE, products.get(5).id()).block()).isEqualTo(products.get(5));
    }

    @Test
    void productStatusAndCollectionFilters() {
        Set<ProductStatus> unpublished = Set.of(ProductStatus.DRAFT, ProductStatus.PROPOSED, ProductStatus.REJECTED);
        assertThat(products(null, unpublished, null))
                .hasSize(3)
                .allSatisfy(p -> assertThat(p.status()).isIn(unpublished));
        Collection outerwear = collections().stream()
                .filter(c -> c.title().equals("Outerwear"))
                .findFirst()
                .orElseThrow();
        List<Product> inOuterwear = products(null, Set.of(), outerwear.id());
        assertThat(inOuterwear)
                .hasSize(outerwear.productCount())
                .allSatisfy(p -> assertThat(p.collection().title()).isEqualTo("Outerwear"));
        assertThat(products(null, Set.of(ProductStatus.DRAFT), outerwear.id()))
                .extracting(Product::title)
                .containsExactly("Convertible Trail Pants");
    }

    @Test
    void collectionsPageAndListTheirProducts() {
        List<Collection> collections = collections();
        assertThat(collections).hasSize(5);
        assertThat(adapter.listCollections(STORE, PageRequest.first(2)).block().nextCursor())
                .isNotNull();
        assertThat(collections).allSatisfy(collection -> {
            assertThat(adapter.getCollection(STORE, collection.id()).block()).isEqualTo(collection);
            List<Product> members = DemoFixtures.readAll(
                    page -> adapter.listCollectionProducts(STORE, collection.id(), page)
                            .block(),
                    3);
            assertThat(members)
                    .hasSize(collection.productCount())
                    .containsExactlyElementsOf(products.stream()
                            .filter(p -> p.collection() != null
                                    && p.collection().id().equals(collection.id()))
                            .toList());
        });
    }

    @Test
    void inventoryReportsOneLevelPerExistingSku() {
        ProductVariant tracked = variant(v -> v.inventoryQuantity() != null && v.inventoryQuantity() > 0);
        ProductVariant untracked = variant(v -> v.inventoryQuantity() == null);
        List<InventoryLevel> levels = adapter.getInventory(
                        STORE, List.of(tracked.sku(), "NW-NO-SUCH-SKU", untracked.sku(), tracked.sku()))
                .collectList()
                .block();
        assertThat(levels).extracting(InventoryLevel::sku).containsExactly(tracked.sku(), untracked.sku());
        assertThat(levels.getFirst().quantity()).isEqualTo(tracked.inventoryQuantity());
        assertThat(levels.getFirst().variantId()).isEqualTo(tracked.id());
        assertThat(levels.getFirst().productId()).isNotNull();
        assertThat(levels.getLast().quantity()).isNull();
        assertThat(adapter.getInventory(STORE, List.of("NW-UNKNOWN"))
                        .collectList()
                        .block())
                .isEmpty();
    }

    @Test
    void draftOrdersPageAndResolve() {
        var drafts = DemoFixtures.readAll(
                page -> adapter.listDraftOrders(STORE, page).block(), 3);
        assertThat(drafts)
                .hasSize(8)
                .allSatisfy(draft -> assertThat(
                                adapter.getDraftOrder(STORE, draft.id()).block())
                        .isEqualTo(draft));
    }

    private ProductVariant variant(Predicate<ProductVariant> condition) {
        return products.stream()
                .flatMap(p -> p.variants().stream())
                .filter(condition)
                .findFirst()
                .orElseThrow();
    }

    private List<Collection> collections() {
        return DemoFixtures.readAll(page -> adapter.listCollections(STORE, page).block());
    }

    private List<Customer> searchCustomers(String q) {
        return DemoFixtures.readAll(
                page -> adapter.listCustomers(STORE, new CustomerQuery(q, page)).block());
    }

    private List<Product> products(String q, Set<ProductStatus> statuses, String collectionId) {
        return DemoFixtures.readAll(
                page -> adapter.listProducts(STORE, new ProductQuery(q, statuses, collectionId, page))
                        .block(),
                7);
    }
}
