package io.omnicart.adapter.medusa.client;

import io.omnicart.adapter.medusa.model.MedusaList;
import io.omnicart.adapter.medusa.model.MedusaOrder;
import io.omnicart.adapter.medusa.model.MedusaOrderChange;
import io.omnicart.adapter.medusa.model.MedusaProduct;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark access to the adapter's package-private reply reading: the same {@link JsonMapper} set-up as
 * {@link MedusaCalls} and the same steps as {@code MedusaHttp.decode} (body as a {@code String}, then a tree) followed
 * by {@link MedusaReplies} (tree to wire records). Lives in the adapter's package on the benchmark classpath only.
 */
public final class MedusaBenchAccess {

    private final JsonMapper json = JsonMapper.builder().build();
    private final MedusaReplies replies = new MedusaReplies(json);

    public JsonMapper json() {
        return json;
    }

    /** What an order list call yields from the upstream body. */
    public MedusaList<MedusaOrder> orders(String body) {
        return replies.list(json.readTree(body), "orders", MedusaOrder.class);
    }

    public MedusaList<MedusaProduct> products(String body) {
        return replies.list(json.readTree(body), "products", MedusaProduct.class);
    }

    public MedusaOrder order(String body) {
        JsonNode root = json.readTree(body);
        return replies.entity(root, "order", MedusaOrder.class, "order", "bench");
    }

    public List<MedusaOrderChange> changes(String body) {
        return replies.array(json.readTree(body), "order_changes", MedusaOrderChange.class);
    }
}
