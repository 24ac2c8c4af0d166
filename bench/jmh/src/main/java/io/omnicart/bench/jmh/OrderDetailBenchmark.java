package io.omnicart.bench.jmh;

import io.omnicart.adapter.medusa.mapping.MedusaOrderMapper;
import io.omnicart.adapter.medusa.model.MedusaOrder;
import io.omnicart.adapter.medusa.model.MedusaOrderChange;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** One full order with its change log (two upstream bodies) to the gateway's response bytes, as the detail route. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OrderDetailBenchmark {

    private byte[] detailBody;
    private byte[] changesBody;

    @Setup(Level.Trial)
    public void setUp(GatewayJson json) throws IOException {
        detailBody = json.read("order-detail.json");
        changesBody = json.read("order-changes.json");
    }

    @Benchmark
    public byte[] orderDetail(GatewayJson json) {
        MedusaOrder order = json.medusa.order(detailBody);
        List<MedusaOrderChange> changes = json.medusa.changes(changesBody);
        return json.gateway.writeValueAsBytes(MedusaOrderMapper.toOrder(order, changes));
    }
}
