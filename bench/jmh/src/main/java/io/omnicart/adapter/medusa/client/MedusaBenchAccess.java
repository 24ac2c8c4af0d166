package io.omnicart.adapter.medusa.client;

import io.omnicart.adapter.medusa.model.MedusaList;
import io.omnicart.adapter.medusa.model.MedusaOrder;
import io.omnicart.adapter.medusa.model.MedusaOrderChange;
import io.omnicart.adapter.medusa.model.MedusaProduct;
import java.io.InputStream;
import java.util.List;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark access to the adapter's package-private reply reading: the same {@link JsonMapper} set-up as
 * {@link MedusaCalls} and the same steps as {@code MedusaHttp} (the body's buffer read as a stream by the route's
 * {@link MedusaReply}: envelope walked, rows bound straight to wire records). Lives in the adapter's package on the
 * benchmark classpath only.
 */
public final class MedusaBenchAccess {

    private final JsonMapper json = JsonMapper.builder().build();
    private final MedusaReplies replies = new MedusaReplies(json);

    public JsonMapper json() {
        return json;
    }

    /** What an order list call yields from the upstream body. */
    public MedusaList<MedusaOrder> orders(byte[] body) {
        return replies.read(buffer(body), replies.list("orders", MedusaOrder.class));
    }

    public MedusaList<MedusaProduct> products(byte[] body) {
        return replies.read(buffer(body), replies.list("products", MedusaProduct.class));
    }

    public MedusaOrder order(byte[] body) {
        return replies.read(buffer(body), replies.entity("order", MedusaOrder.class, "order", "bench"));
    }

    public List<MedusaOrderChange> changes(byte[] body) {
        return replies.read(buffer(body), replies.array("order_changes", MedusaOrderChange.class));
    }

    /** The joined body as {@code MedusaHttp} hands it over (there a pooled Netty buffer, here a wrapped array). */
    private static InputStream buffer(byte[] body) {
        return DefaultDataBufferFactory.sharedInstance.wrap(body).asInputStream(true);
    }
}
