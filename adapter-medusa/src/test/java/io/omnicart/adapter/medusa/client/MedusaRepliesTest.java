package io.omnicart.adapter.medusa.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import io.netty.buffer.UnpooledByteBufAllocator;
import io.omnicart.adapter.medusa.MedusaSamples;
import io.omnicart.adapter.medusa.error.MedusaErrorTranslator;
import io.omnicart.adapter.medusa.model.MedusaAuthResponse;
import io.omnicart.adapter.medusa.model.MedusaCollection;
import io.omnicart.adapter.medusa.model.MedusaCustomer;
import io.omnicart.adapter.medusa.model.MedusaInventoryItem;
import io.omnicart.adapter.medusa.model.MedusaList;
import io.omnicart.adapter.medusa.model.MedusaOrder;
import io.omnicart.adapter.medusa.model.MedusaOrderChange;
import io.omnicart.adapter.medusa.model.MedusaProduct;
import io.omnicart.adapter.medusa.model.MedusaRegion;
import io.omnicart.adapter.medusa.model.MedusaStore;
import io.omnicart.core.error.NotFound;
import io.omnicart.core.error.UpstreamContractViolation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.buffer.NettyDataBuffer;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Medusa's envelopes read straight from the body's bytes, with the verdicts a tree used to give. */
class MedusaRepliesTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final MedusaReplies replies = new MedusaReplies(json);
    private final MedusaErrorTranslator errors = new MedusaErrorTranslator(Clock.systemUTC());

    static Stream<Arguments> capturedLists() {
        return Stream.of(
                Arguments.of("admin-orders-list-fields", "orders", MedusaOrder.class),
                Arguments.of("admin-orders-list-q-email", "orders", MedusaOrder.class),
                Arguments.of("admin-orders-list-q-partial", "orders", MedusaOrder.class),
                Arguments.of("metrics-orders-totals", "orders", MedusaOrder.class),
                Arguments.of("admin-draft-orders-list", "draft_orders", MedusaOrder.class),
                Arguments.of("admin-products-list-fields", "products", MedusaProduct.class),
                Arguments.of("admin-customers-list-fields", "customers", MedusaCustomer.class),
                Arguments.of("admin-collections-list-products", "collections", MedusaCollection.class),
                Arguments.of("admin-inventory-items-list", "inventory_items", MedusaInventoryItem.class),
                Arguments.of("admin-regions-list", "regions", MedusaRegion.class),
                Arguments.of("admin-stores-list", "stores", MedusaStore.class));
    }

    @ParameterizedTest
    @MethodSource("capturedLists")
    <T> void everyCapturedListBindsAsTheTreeDid(String sample, String key, Class<T> type) {
        MedusaList<T> page = read(MedusaSamples.body(sample), replies.list(key, type));

        assertThat(page.items()).isEqualTo(MedusaSamples.list(sample, key, type));
        assertThat(page.count())
                .isEqualTo(MedusaSamples.response(sample).get("count").longValue());
        assertThat(page.offset())
                .isEqualTo(MedusaSamples.response(sample).get("offset").longValue());
        assertThat(page.limit())
                .isEqualTo(MedusaSamples.response(sample).get("limit").longValue());
    }

    @Test
    void capturedEntitiesBindAsTheTreeDid() {
        assertThat(read(
                        MedusaSamples.body("admin-orders-retrieve-full"),
                        replies.entity("order", MedusaOrder.class, "order", "order_1")))
                .isEqualTo(MedusaSamples.entity("admin-orders-retrieve-full", "order", MedusaOrder.class));
        assertThat(read(
                        MedusaSamples.body("admin-draft-orders-retrieve"),
                        replies.entity("draft_order", MedusaOrder.class, "draft_order", "order_2")))
                .isEqualTo(MedusaSamples.entity("admin-draft-orders-retrieve", "draft_order", MedusaOrder.class));
        assertThat(read(
                        MedusaSamples.body("admin-products-retrieve-inventory"),
                        replies.entity("product", MedusaProduct.class, "product", "prod_1")))
                .isEqualTo(MedusaSamples.entity("admin-products-retrieve-inventory", "product", MedusaProduct.class));
        assertThat(read(
                        MedusaSamples.body("admin-collections-retrieve"),
                        replies.created("collection", MedusaCollection.class)))
                .isEqualTo(MedusaSamples.entity("admin-collections-retrieve", "collection", MedusaCollection.class));
        assertThat(read(
                        MedusaSamples.body("admin-orders-changes"),
                        replies.array("order_changes", MedusaOrderChange.class)))
                .isEqualTo(MedusaSamples.list("admin-orders-changes", "order_changes", MedusaOrderChange.class));
        assertThat(read(MedusaSamples.body("auth-user-emailpass-200"), replies.value(MedusaAuthResponse.class))
                        .token())
                .isEqualTo(MedusaSamples.response("auth-user-emailpass-200")
                        .get("token")
                        .stringValue());
    }

    @Test
    void anEmptyObjectForAnUnknownCollectionOrStoreIsNotFound() {
        assertThatThrownBy(() -> read(
                        MedusaSamples.body("admin-collections-retrieve-unknown-200-empty"),
                        replies.entity("collection", MedusaCollection.class, "collection", "pcol_DOESNOTEXIST")))
                .isInstanceOfSatisfying(NotFound.class, e -> {
                    assertThat(e.resource()).isEqualTo("collection");
                    assertThat(e.id()).isEqualTo("pcol_DOESNOTEXIST");
                });
        assertThatThrownBy(() -> read(
                        MedusaSamples.body("admin-stores-retrieve-unknown-200-empty"),
                        replies.entity("store", MedusaStore.class, "store", "store_DOESNOTEXIST")))
                .isInstanceOf(NotFound.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n", "{}", "{\"collection\":null}", "{\"collection\":{}}", "{\"other\":{\"a\":1}}"})
    void everyMissingEntityIsNotFound(String body) {
        assertThatThrownBy(() -> read(body, replies.entity("collection", MedusaCollection.class, "collection", "c1")))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void listsKeepMedusasCountAndOffset() {
        MedusaList<MedusaOrder> drafts =
                read(MedusaSamples.body("admin-draft-orders-list"), replies.list("draft_orders", MedusaOrder.class));

        assertThat(drafts.items())
                .isNotEmpty()
                .allSatisfy(draft -> assertThat(draft.status()).isEqualTo("draft"));
        assertThat(drafts.count()).isEqualTo(drafts.items().size());
        assertThat(drafts.offset()).isZero();
    }

    @Test
    void missingOrOddPagingNumbersDefaultAsBefore() {
        MedusaList<MedusaStore> page = read(
                "{\"stores\":[{\"id\":\"s1\"},{\"id\":\"s2\"}],\"count\":\"many\",\"offset\":3}",
                replies.list("stores", MedusaStore.class));

        assertThat(page.items()).extracting(MedusaStore::id).containsExactly("s1", "s2");
        assertThat(page.offset()).isEqualTo(3);
        assertThat(page.limit()).isEqualTo(2);
        assertThat(page.count()).isEqualTo(5);
    }

    @Test
    void unknownEnvelopeKeysAndRecordFieldsAreSkipped() {
        String body =
                "{\"estimate_count\":{\"a\":[1,{\"b\":null}]},\"stores\":[{\"id\":\"s1\",\"new_column\":[{\"x\":1}],"
                        + "\"name\":\"Main\",\"nested\":{\"deep\":{\"deeper\":[true]}}}],\"count\":1,\"offset\":0,\"limit\":1,"
                        + "\"trailing_key\":[[],{}]}";

        MedusaList<MedusaStore> page = read(body, replies.list("stores", MedusaStore.class));

        assertThat(page.items()).extracting(MedusaStore::id, MedusaStore::name).containsExactly(tuple("s1", "Main"));
        assertThat(page.count()).isEqualTo(1);
        assertThat(read(
                                "{\"x\":[{\"collection\":1}],\"collection\":{\"zzz\":{},\"id\":\"c1\"},\"y\":\"z\"}",
                                replies.entity("collection", MedusaCollection.class, "collection", "c1"))
                        .id())
                .isEqualTo("c1");
    }

    @Test
    void aBodyWithoutTheEnvelopeIsAContractViolation() {
        assertThatThrownBy(() -> read("{\"data\":[]}", replies.list("orders", MedusaOrder.class)))
                .isInstanceOf(UpstreamContractViolation.class)
                .hasMessageContaining("no 'orders' list");
        assertThatThrownBy(() -> read("{\"orders\":{}}", replies.list("orders", MedusaOrder.class)))
                .isInstanceOf(UpstreamContractViolation.class);
        assertThatThrownBy(() -> read("", replies.list("orders", MedusaOrder.class)))
                .isInstanceOf(UpstreamContractViolation.class);
        assertThatThrownBy(() -> read("[]", replies.list("orders", MedusaOrder.class)))
                .isInstanceOf(UpstreamContractViolation.class)
                .hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> read("{}", replies.created("collection", MedusaCollection.class)))
                .isInstanceOf(UpstreamContractViolation.class);
        assertThatThrownBy(() ->
                        read("{\"collection\":[]}", replies.entity("collection", MedusaCollection.class, "c", "1")))
                .isInstanceOf(UpstreamContractViolation.class)
                .hasMessageContaining("is not an object");
        assertThatThrownBy(() -> read("\"token\"", replies.value(MedusaAuthResponse.class)))
                .isInstanceOf(UpstreamContractViolation.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"orders\":[{\"id\":\"o1\"}",
                "{\"orders\":[],\"count\":1} trailing",
                "{\"orders\":[]} {\"orders\":[]}",
                "{\"orders\":[{\"id\":\"o1\",}]}",
                "<html>502 Bad Gateway</html>",
                // the envelope verdict (no list) must not hide the broken JSON behind it
                "{\"data\":[],\"x\":"
            })
    void malformedJsonIsTheTranslatorsUnreadableBody(String body) {
        Throwable error = catchThrowable(() -> read(body, replies.list("orders", MedusaOrder.class)));

        assertThat(error).isInstanceOf(JacksonException.class);
        assertThat(errors.fromTransport(error))
                .isInstanceOf(UpstreamContractViolation.class)
                .hasMessageStartingWith("Medusa answered with a body that is not the JSON its API documents")
                .hasNoCause();
    }

    @Test
    void brokenEntityAndIgnoredAnswersStillFailAsJson() {
        assertThatThrownBy(() -> read(
                        "{\"collection\":{},\"x\":[", replies.entity("collection", MedusaCollection.class, "c", "1")))
                .isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> read("{\"order\":{\"id\":\"o1\"}", replies.ignored()))
                .isInstanceOf(JacksonException.class);
        assertThat(read("{\"order\":{\"id\":\"o1\"}}", replies.ignored())).isNull();
        assertThat(read("", replies.ignored())).isNull();
    }

    @Test
    void theNetworkBufferIsReleasedWhetherTheReplyReadsOrFails() {
        NettyDataBufferFactory buffers = new NettyDataBufferFactory(UnpooledByteBufAllocator.DEFAULT);
        NettyDataBuffer good = buffer(buffers, MedusaSamples.body("admin-stores-list"));
        NettyDataBuffer bad = buffer(buffers, "{\"stores\":[");

        assertThat(replies.read(good.asInputStream(true), replies.list("stores", MedusaStore.class))
                        .items())
                .isNotEmpty();
        assertThatThrownBy(() -> replies.read(bad.asInputStream(true), replies.list("stores", MedusaStore.class)))
                .isInstanceOf(JacksonException.class);

        assertThat(good.getNativeBuffer().refCnt()).isZero();
        assertThat(bad.getNativeBuffer().refCnt()).isZero();
    }

    @Test
    void queriesEncodeArraysAndOperatorsTheQsWay() {
        MedusaQuery query = MedusaQuery.fields("id")
                .withEach("sku", List.of("A B", "C+D"))
                .with("created_at[$gte]", "2026-01-01T00:00:00Z")
                .with("q", null)
                .page(50, 100);

        assertThat(query.encode())
                .isEqualTo("fields=id&sku%5B%5D=A%20B&sku%5B%5D=C%2BD"
                        + "&created_at%5B%24gte%5D=2026-01-01T00%3A00%3A00Z&limit=50&offset=100");
        assertThat(MedusaCalls.path("/admin/orders/", "../x?y", "/cancel"))
                .isEqualTo("/admin/orders/..%2Fx%3Fy/cancel");
    }

    private static NettyDataBuffer buffer(NettyDataBufferFactory buffers, String body) {
        return buffers.wrap(
                UnpooledByteBufAllocator.DEFAULT.buffer().writeBytes(body.getBytes(StandardCharsets.UTF_8)));
    }

    private <T> T read(String body, MedusaReply<T> reply) {
        return replies.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), reply);
    }
}
