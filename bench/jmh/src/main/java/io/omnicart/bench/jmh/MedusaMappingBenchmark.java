package io.omnicart.bench.jmh;

import io.omnicart.adapter.medusa.mapping.MedusaCursor;
import io.omnicart.adapter.medusa.mapping.MedusaOrderMapper;
import io.omnicart.adapter.medusa.mapping.MedusaProductMapper;
import io.omnicart.adapter.medusa.model.MedusaList;
import io.omnicart.adapter.medusa.model.MedusaOrder;
import io.omnicart.adapter.medusa.model.MedusaProduct;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.Product;
import io.omnicart.gateway.api.paging.PageResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.type.TypeReference;

/**
 * The gateway's per-request CPU work for a Medusa list, without the network: an upstream page (the bench fixtures,
 * built from captured Medusa answers) through the adapter's reply reading (the body's bytes bound straight to wire
 * records, as {@code MedusaHttp} and {@code MedusaReplies} do) and mappers to the normalized model, wrapped as the controller does
 * (signed cursor) and written by the gateway's own {@code JsonMapper} ({@link GatewayJson}). The {@code *Part}
 * benchmarks split the order page into its steps; {@code orderPageDirectParse} binds the same body in one go to an
 * envelope record (the reference the adapter's streaming envelope reading is measured against).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MedusaMappingBenchmark {

    private static final String ACCOUNT = "acc_01BENCH";
    private static final String ORDER_SCOPE =
            "orders?q=&status=&createdFrom=&createdTo=&updatedSince=&sort=-createdAt&";

    @Param({"25", "100"})
    public int pageSize;

    private byte[] ordersBody;
    private byte[] productsBody;
    private MedusaList<MedusaOrder> parsedOrders;
    private PageResponse<OrderSummary> mappedOrders;
    private PageRequest request;

    /** Upstream envelope read directly into records, for {@link #orderPageDirectParse}. */
    public record OrdersEnvelope(List<MedusaOrder> orders, long count, long offset, long limit) {}

    @Setup(Level.Trial)
    public void setUp(GatewayJson json) throws IOException {
        ordersBody = json.read("orders-" + pageSize + ".json");
        productsBody = json.read("products-" + pageSize + ".json");
        request = new PageRequest(pageSize, null);
        parsedOrders = json.medusa.orders(ordersBody);
        mappedOrders = orderPage(json, parsedOrders);
    }

    /** The whole order-list path: upstream bytes in, the gateway's response bytes out. */
    @Benchmark
    public byte[] orderPage(GatewayJson json) {
        MedusaList<MedusaOrder> list = json.medusa.orders(ordersBody);
        return json.gateway.writeValueAsBytes(orderPage(json, list));
    }

    @Benchmark
    public MedusaList<MedusaOrder> orderPageParsePart(GatewayJson json) {
        return json.medusa.orders(ordersBody);
    }

    @Benchmark
    public PageResponse<OrderSummary> orderPageMapPart(GatewayJson json) {
        return orderPage(json, parsedOrders);
    }

    @Benchmark
    public byte[] orderPageWritePart(GatewayJson json) {
        return json.gateway.writeValueAsBytes(mappedOrders);
    }

    /** As {@link #orderPage}, with the upstream body bound to one envelope record: the floor for the reply reading. */
    @Benchmark
    public byte[] orderPageDirectParse(GatewayJson json) {
        OrdersEnvelope envelope = json.medusa.json().readValue(ordersBody, new TypeReference<OrdersEnvelope>() {});
        MedusaList<MedusaOrder> list =
                new MedusaList<>(envelope.orders(), envelope.count(), envelope.offset(), envelope.limit());
        return json.gateway.writeValueAsBytes(orderPage(json, list));
    }

    /** A product page with variants, prices and stock levels. */
    @Benchmark
    public byte[] productPage(GatewayJson json) {
        MedusaList<MedusaProduct> list = json.medusa.products(productsBody);
        Page<Product> page = new Page<>(
                list.items().stream().map(MedusaProductMapper::toProduct).toList(),
                MedusaCursor.encode(pageSize),
                pageSize,
                list.count());
        return json.gateway.writeValueAsBytes(json.paging.respond(ACCOUNT, "products?", request, page));
    }

    private PageResponse<OrderSummary> orderPage(GatewayJson json, MedusaList<MedusaOrder> list) {
        List<OrderSummary> rows =
                list.items().stream().map(MedusaOrderMapper::toSummary).toList();
        long next = list.offset() + rows.size();
        Page<OrderSummary> page =
                new Page<>(rows, next < list.count() ? MedusaCursor.encode(next) : null, pageSize, list.count());
        return json.paging.respond(ACCOUNT, ORDER_SCOPE, request, page);
    }
}
