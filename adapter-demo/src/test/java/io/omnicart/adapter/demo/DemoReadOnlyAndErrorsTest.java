package io.omnicart.adapter.demo;

import static io.omnicart.adapter.demo.DemoFixtures.STORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.error.InvalidRequest;
import io.omnicart.core.error.NotFound;
import io.omnicart.core.error.ReadOnlyStore;
import io.omnicart.core.model.CancelOrderCommand;
import io.omnicart.core.model.Capability;
import io.omnicart.core.model.CollectionProductsCommand;
import io.omnicart.core.model.CreateCollectionCommand;
import io.omnicart.core.model.CreateDraftOrderCommand;
import io.omnicart.core.model.CreateShipmentCommand;
import io.omnicart.core.model.DraftOrderItem;
import io.omnicart.core.model.InventoryItem;
import io.omnicart.core.model.InventorySyncCommand;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.StoreInfo;
import io.omnicart.core.model.UpdateCollectionCommand;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reactivestreams.Publisher;
import reactor.test.StepVerifier;

class DemoReadOnlyAndErrorsTest {

    private static final DemoAdapter ADAPTER = DemoFixtures.adapter();
    private static final String ORDER_ID = "order_01JD0000000000000000000000";

    static Stream<Arguments> writes() {
        DemoAdapter a = ADAPTER;
        return Stream.of(
                Arguments.of("complete", a.completeOrder(STORE, ORDER_ID)),
                Arguments.of("cancel", a.cancelOrder(STORE, ORDER_ID, new CancelOrderCommand("changed mind"))),
                Arguments.of("archive", a.archiveOrder(STORE, ORDER_ID)),
                Arguments.of(
                        "ship",
                        a.createShipment(
                                STORE, ORDER_ID, new CreateShipmentCommand("DHL", "00340434", null, List.of(), false))),
                Arguments.of(
                        "syncInventory",
                        a.syncInventory(
                                STORE, new InventorySyncCommand(List.of(new InventoryItem("NW-COOK-TI", 5, null))))),
                Arguments.of("createCollection", a.createCollection(STORE, new CreateCollectionCommand("Sale", null))),
                Arguments.of(
                        "updateCollection",
                        a.updateCollection(STORE, "pcol_x", new UpdateCollectionCommand("Sale", null))),
                Arguments.of("deleteCollection", a.deleteCollection(STORE, "pcol_x")),
                Arguments.of(
                        "updateCollectionProducts",
                        a.updateCollectionProducts(
                                STORE, "pcol_x", new CollectionProductsCommand(List.of("prod_x"), List.of()))),
                Arguments.of(
                        "createDraft",
                        a.createDraftOrder(
                                STORE,
                                new CreateDraftOrderCommand(
                                        "a@example.com",
                                        null,
                                        "EUR",
                                        null,
                                        List.of(new DraftOrderItem(null, "NW-COOK-TI", 1))))),
                Arguments.of("deleteDraft", a.deleteDraftOrder(STORE, "draft_x")),
                Arguments.of("convertDraft", a.convertDraftOrder(STORE, "draft_x")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void everyWriteIsRefusedAsReadOnly(String name, Publisher<?> write) {
        StepVerifier.create(write)
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(ReadOnlyStore.class);
                    assertThat(((ReadOnlyStore) error).platform()).isEqualTo(Platform.DEMO);
                })
                .verify();
    }

    static Stream<Arguments> unknownIds() {
        DemoAdapter a = ADAPTER;
        PageRequest page = PageRequest.first(10);
        return Stream.of(
                Arguments.of("order", a.getOrder(STORE, "order_nope")),
                Arguments.of("product", a.getProduct(STORE, "prod_nope")),
                Arguments.of("customer", a.getCustomer(STORE, "cus_nope")),
                Arguments.of("customer", a.listCustomerOrders(STORE, "cus_nope", page)),
                Arguments.of("collection", a.getCollection(STORE, "pcol_nope")),
                Arguments.of("collection", a.listCollectionProducts(STORE, "pcol_nope", page)),
                Arguments.of("draft_order", a.getDraftOrder(STORE, "draft_nope")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownIds")
    void unknownIdsAreNotFound(String resource, Publisher<?> read) {
        StepVerifier.create(read)
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(NotFound.class);
                    NotFound notFound = (NotFound) error;
                    assertThat(notFound.resource()).isEqualTo(resource);
                    assertThat(notFound.id()).endsWith("_nope");
                    assertThat(notFound.platform()).isEqualTo(Platform.DEMO);
                })
                .verify();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!", "bzo=x", "eDox", "bzotMQ", "bzo5OTk5", "bzphYmM"})
    void malformedCursorsAreInvalidCursor(String cursor) {
        StepVerifier.create(ADAPTER.listOrders(STORE, OrderQuery.all(new PageRequest(10, cursor))))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(InvalidRequest.class);
                    assertThat(((InvalidRequest) error).code()).isEqualTo(InvalidRequest.INVALID_CURSOR);
                })
                .verify();
        StepVerifier.create(ADAPTER.listCollections(STORE, new PageRequest(10, cursor)))
                .expectError(InvalidRequest.class)
                .verify();
    }

    @Test
    void theCursorDecodesToAnOffsetSoTheFixtureCursorsAboveAreWhatTheyClaim() {
        String next = ADAPTER.listOrders(STORE, OrderQuery.all(PageRequest.first(10)))
                .block()
                .nextCursor();
        assertThat(new String(Base64.getUrlDecoder().decode(next), StandardCharsets.US_ASCII))
                .isEqualTo("o:10");
        assertThat(new String(Base64.getUrlDecoder().decode("bzo5OTk5"), StandardCharsets.US_ASCII))
                .isEqualTo("o:9999");
    }

    @Test
    void describesItselfAsTheReadOnlyDemoPlatform() {
        assertThat(ADAPTER.platform()).isEqualTo(Platform.DEMO);
        assertThat(ADAPTER.readOnly()).isTrue();
        assertThat(ADAPTER.capabilities())
                .isEqualTo(EnumSet.of(
                        Capability.ORDERS_READ,
                        Capability.PRODUCTS_READ,
                        Capability.INVENTORY_READ,
                        Capability.CUSTOMERS_READ,
                        Capability.COLLECTIONS_READ,
                        Capability.DRAFT_ORDERS_READ,
                        Capability.OVERVIEW,
                        Capability.SETTINGS));
        StepVerifier.create(ADAPTER.verify(STORE))
                .expectNext(new StoreInfo("Northwind Outfitters"))
                .verifyComplete();
    }

    @Test
    void publishersAreColdAndReadTheClockOnlyOnSubscription() {
        CountingClock clock = new CountingClock();
        DemoAdapter adapter = new DemoAdapter(clock);
        var list = adapter.listOrders(STORE, OrderQuery.all(PageRequest.first(5)));
        var settings = adapter.settings(STORE);
        var inventory = adapter.getInventory(STORE, List.of("NW-COOK-TI"));
        assertThat(clock.reads).hasValue(0);
        StepVerifier.create(list).expectNextCount(1).verifyComplete();
        StepVerifier.create(settings).expectNextCount(1).verifyComplete();
        StepVerifier.create(inventory).expectNextCount(1).verifyComplete();
        assertThat(clock.reads).hasValue(3);
    }

    private static final class CountingClock extends Clock {
        private final AtomicInteger reads = new AtomicInteger();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            reads.incrementAndGet();
            return DemoFixtures.NOW;
        }
    }
}
