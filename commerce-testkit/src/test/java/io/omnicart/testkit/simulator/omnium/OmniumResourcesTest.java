package io.omnicart.testkit.simulator.omnium;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.testkit.simulator.seed.Seed;
import io.omnicart.testkit.simulator.seed.SeedCustomer;
import io.omnicart.testkit.simulator.seed.SeedProduct;
import io.omnicart.testkit.simulator.seed.SeededOrder;
import io.omnicart.testkit.simulator.seed.SeededStore;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Reference §12 rules 11, 17, 18, 21, 24–26: creates, deletes, carts, products, customers and their orders. */
class OmniumResourcesTest {

    private final OmniumSimulator simulator = OmniumSimulator.start();
    private final SeededStore seeded = simulator.seed(StandardSeed.create());
    private final Seed seed = seeded.seed();
    private final OmniumHttp http = OmniumHttp.loggedIn(simulator);

    @AfterEach
    void close() {
        simulator.close();
    }

    @Test
    void createOrderAnswers201ThenConflictsAndNeedsAMarket() {
        String order =
                "{\"id\":\"EXT-1\",\"marketId\":\"M-EUR\",\"orderForm\":{\"shipments\":[{\"shipmentId\":\"s1\"}]}}";
        OmniumHttp.Reply created = http.post("/api/Orders", order);

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("orderNumber").asString()).isEqualTo("EXT-1");
        assertThat(body.get("status").asString()).isEqualTo("New");
        assertThat(body.get("created").asString()).endsWith("Z");
        assertThat(body.get("orderForm").get("shipments").get(0).get("status").asString())
                .isEqualTo("AwaitingInventory");
        assertThat(http.post("/api/Orders", order).status()).isEqualTo(409);
        assertThat(http.post("/api/Orders", "{\"id\":\"EXT-2\"}").status()).isEqualTo(400);
    }

    @Test
    void existsAndSoftDelete() {
        String id = seeded.orders().getFirst().id();
        assertThat(http.head("/api/Orders/" + id + "/Exists")).isEqualTo(200);
        assertThat(http.head("/api/Orders/nope/Exists")).isEqualTo(404);

        assertThat(http.delete("/api/Orders/" + id).status()).isEqualTo(200);
        assertThat(http.get("/api/Orders/" + id).json().get("status").asString())
                .isEqualTo("Deleted");
    }

    @Test
    void cartNotFoundHasTheCartApiBody() {
        OmniumHttp.Reply missing = http.get("/api/Cart/C999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("isSuccessful").asBoolean()).isFalse();
        assertThat(missing.json().get("httpStatusCode").asInt()).isEqualTo(404);
        assertThat(missing.json().get("message").asString()).isEqualTo("Cart not found");
    }

    @Test
    void createOrderFromCartKeepsTheCartIdAndRemovesTheCart() {
        SeededOrder draft = seeded.draftOrders().getFirst();
        assertThat(http.get("/api/Cart/" + draft.id()).json().get("status").asString())
                .isEqualTo("Draft");

        JsonNode order =
                http.post("/api/Cart/CreateOrderFromCart/" + draft.id(), "").json();
        assertThat(order.get("status").asString()).isEqualTo("New");
        assertThat(order.get("orderForm").get("cartId").asString()).isEqualTo(draft.id());
        assertThat(order.get("orderForm").get("total").decimalValue()).isEqualByComparingTo(draft.total());
        assertThat(http.get("/api/Cart/" + draft.id()).status()).isEqualTo(404);
        assertThat(http.get("/api/Orders/carts/" + draft.id()).json().get("id").asString())
                .isEqualTo(order.get("id").asString());
    }

    @Test
    void productsByLanguageSuffixedIdProductIdAndSku() {
        SeedProduct product = seed.products().getFirst();
        String sku = product.variants().getFirst().sku();
        JsonNode byId =
                http.get("/api/Products/" + seeded.productId(product.handle())).json();

        assertThat(byId.get("id").asString()).isEqualTo(product.handle() + "_en");
        assertThat(byId.get("variants").get(0).get("skuId").asString()).isEqualTo(sku);
        assertThat(http.get("/api/Products/" + sku).json().get("productId").asString())
                .isEqualTo(product.handle());
        assertThat(http.get("/api/Products/nope").status()).isEqualTo(404);
        JsonNode search = http.post("/api/Products/SearchProducts", "{\"take\":1,\"isFacetsDisabled\":true}")
                .json();
        assertThat(search.get("totalHits").asLong()).isEqualTo(seed.products().size());
    }

    @Test
    void customersAndTheirOrdersWithOneBasedGetPaging() {
        SeedCustomer customer = seed.customers().getFirst();
        String id = seeded.customerId(customer.email());
        assertThat(http.get("/api/customers/" + id).json().get("email").asString())
                .isEqualTo(customer.email());
        JsonNode found = http.post("/api/customers/Search", "{\"email\":\"" + customer.email() + "\"}")
                .json();
        assertThat(found.get("totalHits").asLong()).isEqualTo(1);

        long expected = seed.orders().stream()
                .filter(order -> customer.email().equalsIgnoreCase(order.customerEmail()))
                .count();
        JsonNode orders = http.get("/api/Orders/Customers/" + id + "/Orders?page=1&pageSize=100")
                .json();
        assertThat(orders.get("totalHits").asLong()).isEqualTo(expected);
        assertThat(http.get("/api/Orders/Customers/" + id + "/Orders?page=0").status())
                .isEqualTo(400);
        assertThat(http.get("/api/Orders/Customers/" + id + "/Orders?pageSize=101")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void categoriesFromCollectionsWithTheirProducts() {
        JsonNode categories = http.get("/api/ProductCategories?pageSize=1000").json();
        assertThat(categories.get("totalHits").asLong())
                .isEqualTo(seed.collections().size());
        assertThat(http.get("/api/ProductCategories?pageSize=1001").status()).isEqualTo(400);

        String handle = seed.collections().getFirst().handle();
        long expected = seed.products().stream()
                .filter(product -> handle.equals(product.collectionHandle()))
                .count();
        JsonNode products =
                http.get("/api/Products/ProductCategories/" + handle).json();
        assertThat(products.get("totalHits").asLong()).isEqualTo(expected);
    }
}
