package io.omnicart.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Inventory sync, collection edits and draft orders through the gateway with each credential type, checked by reading
 * Medusa directly. Each credential type works on SKUs, handles and drafts of its own, and every test can run again on
 * the same store: it reads the current stock first, and the collections and drafts it makes are new ones.
 */
class MedusaCatalogActionsE2E extends MedusaE2ESupport {

    // ------------------------------------------------------------------ inventory

    @ParameterizedTest
    @EnumSource(Credential.class)
    void inventorySyncSetsTheStockedQuantityInMedusaAndIsIdempotent(Credential credential) {
        String sku = credential == Credential.API_KEY ? "E2E-HOODIE-GRY-M" : "E2E-HOODIE-NVY-L";
        int base = credential == Credential.API_KEY ? 40 : 60;
        int target = medusa.stockedQuantity(sku) == base ? base + 1 : base;
        String body = "{\"items\":[{\"sku\":" + quote(sku) + ",\"quantity\":" + target
                + "},{\"sku\":\"E2E-NO-SUCH-SKU\",\"quantity\":5}]}";

        JsonNode first = json(call(credential, HttpMethod.PUT, "/inventory", body), HttpStatus.OK);

        assertThat(first.path("results")).hasSize(2);
        assertThat(result(first, sku).path("status").asString()).isEqualTo("updated");
        assertThat(result(first, sku).path("quantity").asInt()).isEqualTo(target);
        assertThat(result(first, "E2E-NO-SUCH-SKU").path("status").asString()).isEqualTo("not_found");
        assertThat(medusa.stockedQuantity(sku)).isEqualTo(target);

        JsonNode again = json(call(credential, HttpMethod.PUT, "/inventory", body), HttpStatus.OK);

        assertThat(result(again, sku).path("status").asString()).isEqualTo("unchanged");
        assertThat(result(again, sku).path("quantity").asInt()).isEqualTo(target);
        assertThat(medusa.stockedQuantity(sku)).isEqualTo(target);
        assertThat(data(read(credential, "/inventory?sku=" + sku)))
                .singleElement()
                .satisfies(level -> assertThat(level.path("quantity").asInt()).isEqualTo(target));
    }

    // ------------------------------------------------------------------ collections

    @ParameterizedTest
    @EnumSource(Credential.class)
    void aCollectionIsCreatedRenamedFilledEmptiedAndDeletedInMedusa(Credential credential) {
        String handle = "e2e-gw-" + credential.wire.replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        String product = medusa.productByHandle("e2e-wool-socks").path("id").asString();
        assertThat(medusa.productByHandle("e2e-wool-socks")
                        .path("collection_id")
                        .isNull())
                .as("the draft product belongs to no collection")
                .isTrue();

        WebTestClientResult created = created(call(
                credential,
                HttpMethod.POST,
                "/collections",
                "{\"title\":\"E2E Gateway Collection\",\"handle\":" + quote(handle) + "}"));
        String id = created.body.path("id").asString();
        assertThat(created.location).endsWith("/collections/" + id);
        assertThat(created.body.path("handle").asString()).isEqualTo(handle);
        assertThat(medusa.collectionByHandle(handle))
                .hasValueSatisfying(c -> assertThat(c.path("title").asString()).isEqualTo("E2E Gateway Collection"));

        JsonNode renamed = json(
                call(credential, HttpMethod.PATCH, "/collections/" + id, "{\"title\":\"E2E Gateway Renamed\"}"),
                HttpStatus.OK);
        assertThat(renamed.path("title").asString()).isEqualTo("E2E Gateway Renamed");
        assertThat(medusa.collectionByHandle(handle))
                .hasValueSatisfying(c -> assertThat(c.path("title").asString()).isEqualTo("E2E Gateway Renamed"));

        JsonNode filled = json(
                call(
                        credential,
                        HttpMethod.POST,
                        "/collections/" + id + "/products",
                        "{\"add\":[" + quote(product) + "]}"),
                HttpStatus.OK);
        assertThat(filled.path("productCount").asInt()).isEqualTo(1);
        assertThat(medusa.collectionByHandle(handle).orElseThrow().path("products"))
                .extracting(p -> p.path("handle").asString())
                .containsExactly("e2e-wool-socks");
        assertThat(data(read(credential, "/collections/" + id + "/products")))
                .extracting(p -> p.path("id").asString())
                .containsExactly(product);

        JsonNode emptied = json(
                call(
                        credential,
                        HttpMethod.POST,
                        "/collections/" + id + "/products",
                        "{\"remove\":[" + quote(product) + "]}"),
                HttpStatus.OK);
        assertThat(emptied.path("productCount").asInt()).isZero();
        assertThat(medusa.collectionByHandle(handle).orElseThrow().path("products"))
                .isEmpty();
        assertThat(medusa.productByHandle("e2e-wool-socks")
                        .path("collection_id")
                        .isNull())
                .isTrue();

        call(credential, HttpMethod.DELETE, "/collections/" + id, null)
                .expectStatus()
                .isNoContent();
        assertThat(medusa.collectionByHandle(handle)).isEmpty();
        problem(call(credential, HttpMethod.GET, "/collections/" + id, null), HttpStatus.NOT_FOUND, "not_found");
        problem(call(credential, HttpMethod.DELETE, "/collections/" + id, null), HttpStatus.NOT_FOUND, "not_found");
    }

    // ------------------------------------------------------------------ draft orders

    @ParameterizedTest
    @EnumSource(Credential.class)
    void aDraftByVariantIdAndBySkuIsConvertedIntoAnOrderInMedusa(Credential credential) {
        String variantId = medusa.variantBySku("E2E-TEE-BLK-S").path("id").asString();
        String buyer = credential == Credential.API_KEY
                ? "\"email\":\"draft.e2e.apikey@example.com\",\"currency\":\"USD\""
                : "\"customerId\":"
                        + quote(medusa.customerByEmail(
                                        store.registeredCustomer().path("email").asString())
                                .path("id")
                                .asString())
                        + ",\"currency\":\"EUR\"";
        String currency = credential == Credential.API_KEY ? "USD" : "EUR";

        WebTestClientResult created = created(call(
                credential,
                HttpMethod.POST,
                "/draft-orders",
                "{" + buyer + ",\"items\":[{\"variantId\":" + quote(variantId)
                        + ",\"quantity\":1},{\"sku\":\"E2E-HAT-STR-OS\",\"quantity\":2}]}"));
        JsonNode draft = created.body;
        String id = draft.path("id").asString();
        assertThat(created.location).endsWith("/draft-orders/" + id);
        assertThat(draft.path("currency").asString()).isEqualTo(currency);
        assertThat(lines(draft)).isEqualTo(Map.of("E2E-TEE-BLK-S", 1, "E2E-HAT-STR-OS", 2));
        assertThat(draft.path("lineItems"))
                .filteredOn(l -> l.path("sku").asString().equals("E2E-HAT-STR-OS"))
                .singleElement()
                .satisfies(l -> assertThat(l.path("unitPrice").path("currency").asString())
                        .isEqualTo(currency));
        JsonNode inMedusa = medusa.get("/admin/draft-orders/" + id + "?fields="
                        + MedusaDirect.encode("id,status,currency_code,*items"))
                .path("draft_order");
        assertThat(inMedusa.path("status").asString()).isEqualTo("draft");
        assertThat(medusaLines(inMedusa)).isEqualTo(Map.of("E2E-TEE-BLK-S", 1, "E2E-HAT-STR-OS", 2));
        assertThat(inMedusa.path("items"))
                .allSatisfy(
                        item -> assertThat(item.path("variant_id").asString()).startsWith("variant_"));

        WebTestClientResult converted =
                created(call(credential, HttpMethod.POST, "/draft-orders/" + id + "/convert", null));

        JsonNode order = converted.body;
        assertThat(converted.location).endsWith("/orders/" + order.path("id").asString());
        assertThat(order.path("status").asString()).isEqualTo("pending");
        assertThat(lines(order)).isEqualTo(Map.of("E2E-TEE-BLK-S", 1, "E2E-HAT-STR-OS", 2));
        JsonNode live = medusa.order(order.path("id").asString());
        assertThat(live.path("status").asString()).isEqualTo("pending");
        assertThat(live.path("currency_code").asString()).isEqualToIgnoringCase(currency);
        assertThat(medusaLines(live)).isEqualTo(Map.of("E2E-TEE-BLK-S", 1, "E2E-HAT-STR-OS", 2));
        assertThat(medusa.orders("id"))
                .extracting(o -> o.path("id").asString())
                .contains(order.path("id").asString());
        assertThat(read(credential, "/orders/" + order.path("id").asString())
                        .path("number")
                        .asString())
                .isEqualTo(order.path("number").asString());
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void aDraftIsDeletedFromMedusa(Credential credential) {
        JsonNode draft = created(call(
                        credential,
                        HttpMethod.POST,
                        "/draft-orders",
                        "{\"email\":\"draft.e2e.delete@example.com\",\"currency\":\"EUR\","
                                + "\"items\":[{\"sku\":\"E2E-SHORTS-SND-L\",\"quantity\":1}]}"))
                .body;
        String id = draft.path("id").asString();
        assertThat(medusa.status("/admin/draft-orders/" + id + "?fields=id")).isEqualTo(200);

        call(credential, HttpMethod.DELETE, "/draft-orders/" + id, null)
                .expectStatus()
                .isNoContent();

        assertThat(medusa.status("/admin/draft-orders/" + id + "?fields=id")).isEqualTo(404);
        problem(call(credential, HttpMethod.GET, "/draft-orders/" + id, null), HttpStatus.NOT_FOUND, "not_found");
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void aDraftWithAnUnknownSkuIsRefusedAndNothingIsCreated(Credential credential) {
        int drafts = medusa.draftOrders("id").size();

        JsonNode problem = problem(
                call(
                        credential,
                        HttpMethod.POST,
                        "/draft-orders",
                        "{\"email\":\"draft.e2e.bad@example.com\",\"currency\":\"EUR\","
                                + "\"items\":[{\"sku\":\"E2E-NO-SUCH-SKU\",\"quantity\":1}]}"),
                HttpStatus.BAD_REQUEST,
                "validation_failed");

        assertThat(problem.toString()).contains("items[0].sku");
        assertThat(medusa.draftOrders("id")).hasSize(drafts);
    }

    // ------------------------------------------------------------------ helpers

    private record WebTestClientResult(JsonNode body, String location) {}

    private static WebTestClientResult created(WebTestClient.ResponseSpec response) {
        var result = response.expectBody(String.class).returnResult();
        assertThat(result.getStatus().value())
                .as("HTTP status; body: %s", result.getResponseBody())
                .isEqualTo(201);
        String location = result.getResponseHeaders().getFirst("Location");
        assertThat(location).as("Location").isNotBlank();
        return new WebTestClientResult(JSON.readTree(result.getResponseBody()), location);
    }

    private static JsonNode result(JsonNode sync, String sku) {
        for (JsonNode result : sync.path("results")) {
            if (result.path("sku").asString().equals(sku)) {
                return result;
            }
        }
        throw new AssertionError("no result for " + sku + " in " + sync);
    }

    private static Map<String, Integer> lines(JsonNode orderOrDraft) {
        Map<String, Integer> lines = new TreeMap<>();
        orderOrDraft
                .path("lineItems")
                .forEach(l ->
                        lines.merge(l.path("sku").asString(), l.path("quantity").asInt(), Integer::sum));
        return lines;
    }

    private static Map<String, Integer> medusaLines(JsonNode order) {
        Map<String, Integer> lines = new TreeMap<>();
        order.path("items")
                .forEach(i -> lines.merge(
                        i.path("variant_sku").asString(), i.path("quantity").asInt(), Integer::sum));
        return lines;
    }
}
