package io.omnicart.gateway.api;

import static io.omnicart.gateway.api.OrdersApiTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

class CatalogApiTest extends ApiTestSupport {

    @Test
    void productsListWithVariantsPricesAndStock() {
        JsonNode page = get(DEMO + "/products?limit=100");

        List<JsonNode> products = data(page);
        assertThat(products).hasSizeGreaterThanOrEqualTo(30);
        assertThat(page.path("page").path("nextCursor").isNull()).isTrue();
        JsonNode variant = products.getFirst().path("variants").get(0);
        assertThat(variant.path("prices").get(0).path("amount").isString()).isTrue();
        assertThat(variant.has("inventoryQuantity")).isTrue();
        assertThat(variant.path("options").isObject()).isTrue();
        assertThat(products).extracting(p -> text(p, "status")).contains("published", "draft", "proposed", "rejected");
    }

    @Test
    void productsFilterByStatusSearchAndCollection() {
        List<JsonNode> drafts = data(get(DEMO + "/products?limit=100&status=draft"));
        assertThat(drafts)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(text(p, "status")).isEqualTo("draft"));

        JsonNode sample = data(get(DEMO + "/products?limit=100")).get(5);
        String word = text(sample, "title").split(" ")[0];
        List<JsonNode> found = data(get(DEMO + "/products?limit=100&q=" + word.toLowerCase()));
        assertThat(ids(found)).contains(text(sample, "id"));

        String collectionId = text(sample.path("collection"), "id");
        List<JsonNode> inCollection = data(get(DEMO + "/products?limit=100&collectionId=" + collectionId));
        assertThat(inCollection)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(text(p.path("collection"), "id")).isEqualTo(collectionId));
    }

    @Test
    void aProductIsReadByIdAndAnUnknownOneIsNotFound() {
        JsonNode sample = data(get(DEMO + "/products?limit=1")).getFirst();

        JsonNode product = get(DEMO + "/products/" + text(sample, "id"));

        assertThat(text(product, "title")).isEqualTo(text(sample, "title"));
        assertThat(product.path("options").size()).isPositive();
        problem(client.get().uri(DEMO + "/products/prod_missing").exchange(), HttpStatus.NOT_FOUND, "not_found");
    }

    @Test
    void inventoryLevelsAreReadBySku() {
        JsonNode variants = data(get(DEMO + "/products?limit=1")).getFirst().path("variants");
        String first = text(variants.get(0), "sku");
        String second = text(variants.get(1), "sku");

        List<JsonNode> levels = data(get(DEMO + "/inventory?sku=" + first + "," + second + ",NO-SUCH-SKU"));
        List<JsonNode> repeated = data(get(DEMO + "/inventory?sku=" + first + "&sku=" + second));

        assertThat(levels).extracting(level -> text(level, "sku")).containsExactlyInAnyOrder(first, second);
        assertThat(repeated).hasSize(2);
        assertThat(levels.getFirst().has("quantity")).isTrue();
    }

    @Test
    void customersAreSearchableWithTheirOrderHistory() {
        List<JsonNode> customers = data(get(DEMO + "/customers?limit=100"));
        assertThat(customers).hasSizeGreaterThanOrEqualTo(60);
        assertThat(customers).extracting(c -> text(c, "type")).contains("registered", "guest");

        JsonNode sample = customers.get(7);
        List<JsonNode> found =
                data(get(DEMO + "/customers?q=" + text(sample, "lastName").toUpperCase()));
        assertThat(ids(found)).contains(text(sample, "id"));

        JsonNode customer = get(DEMO + "/customers/" + text(sample, "id"));
        assertThat(text(customer, "email")).isEqualTo(text(sample, "email"));
        assertThat(customer.path("addresses").isArray()).isTrue();

        List<JsonNode> history = data(get(DEMO + "/customers/" + text(sample, "id") + "/orders?limit=100"));
        assertThat(history).isNotEmpty();
        history.forEach(order -> assertThat(text(order.path("customer"), "id")).isEqualTo(text(sample, "id")));
    }

    @Test
    void customerOrdersArePaged() {
        Map<String, Long> ordersPerCustomer = data(get(DEMO + "/orders?limit=100")).stream()
                .map(order -> text(order.path("customer"), "id"))
                .filter(id -> !id.isEmpty())
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        String customerId = ordersPerCustomer.entrySet().stream()
                .filter(entry -> entry.getValue() > 1)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        String orders = DEMO + "/customers/" + customerId + "/orders";

        JsonNode first = get(orders + "?limit=1");
        JsonNode second = get(orders + "?limit=1&cursor=" + text(first.path("page"), "nextCursor"));

        assertThat(ids(first)).doesNotContainAnyElementsOf(ids(second));
        assertThat(data(second)).hasSize(1);
    }

    @Test
    void collectionsListTheirProducts() {
        List<JsonNode> collections = data(get(DEMO + "/collections"));
        assertThat(collections).hasSizeGreaterThanOrEqualTo(5);

        JsonNode sample = collections.getFirst();
        JsonNode collection = get(DEMO + "/collections/" + text(sample, "id"));
        assertThat(text(collection, "title")).isEqualTo(text(sample, "title"));

        List<JsonNode> products = data(get(DEMO + "/collections/" + text(sample, "id") + "/products?limit=100"));
        assertThat(products).hasSize(sample.path("productCount").asInt());
        products.forEach(p -> assertThat(text(p.path("collection"), "id")).isEqualTo(text(sample, "id")));
        problem(client.get().uri(DEMO + "/collections/pcol_missing").exchange(), HttpStatus.NOT_FOUND, "not_found");
    }

    @Test
    void draftOrdersAreListedAndRead() {
        List<JsonNode> drafts = data(get(DEMO + "/draft-orders"));
        assertThat(drafts).hasSizeGreaterThanOrEqualTo(8);

        JsonNode draft = get(DEMO + "/draft-orders/" + text(drafts.getFirst(), "id"));

        assertThat(draft.path("lineItems").size()).isPositive();
        assertThat(text(draft, "currency")).matches("[A-Z]{3}");
        problem(client.get().uri(DEMO + "/draft-orders/draft_missing").exchange(), HttpStatus.NOT_FOUND, "not_found");
    }
}
