package io.omnicart.testkit.simulator.medusa.handler;

import io.omnicart.testkit.simulator.http.QueryParams;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.medusa.state.CollectionState;
import io.omnicart.testkit.simulator.medusa.state.MedusaFailure;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.medusa.state.MetadataMerge;
import io.omnicart.testkit.simulator.medusa.state.ProductState;
import io.omnicart.testkit.simulator.medusa.wire.CollectionWire;
import io.omnicart.testkit.simulator.medusa.wire.FieldTree;
import io.omnicart.testkit.simulator.medusa.wire.ListEnvelope;
import io.omnicart.testkit.simulator.medusa.wire.MedusaJson;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /admin/collections} (reference §9), including Medusa's quirks for unknown ids: retrieve and the products route
 * answer 200 {@code {}}, delete answers 200 {@code deleted: true}; only update says 404.
 */
public final class CollectionsHandler {

    private static final int DEFAULT_LIMIT = 10;
    private static final Set<String> FIELDS = Set.of("title", "handle", "external_id", "metadata");

    private final MedusaStore store;

    public CollectionsHandler(MedusaStore store) {
        this.store = store;
    }

    public SimResponse list(Call call) {
        QueryParams query = call.query();
        Stream<CollectionState> rows = Filters.anyOf(store.collections.values().stream(), query, "id", c -> c.id);
        rows = Filters.anyOf(rows, query, "handle", c -> c.handle);
        rows = Filters.anyOf(rows, query, "title", c -> c.title);
        rows = Filters.search(rows, query, c -> c.title);
        var page = ListQuery.of(query, DEFAULT_LIMIT).page(rows, c -> c.id, CollectionsHandler::sortKey);
        FieldTree tree = FieldTree.parse(call.fields(), CollectionWire.DEFAULTS);
        var out = page.rows().stream()
                .map(c -> CollectionWire.row(store, c).project(tree))
                .toList();
        return SimResponse.json(200, ListEnvelope.of("collections", out, page.count(), page.offset(), page.limit()));
    }

    public SimResponse retrieve(Call call) {
        CollectionState collection = store.collections.get(call.param(0));
        return collection == null ? empty() : reply(call, collection);
    }

    public SimResponse create(Call call) {
        ObjectNode body = Bodies.strict(call.body(), FIELDS, Set.of("title"));
        String title = body.get("title").asString();
        String handle = body.hasNonNull("handle") ? body.get("handle").asString() : slug(title);
        requireUniqueHandle(handle, null);
        CollectionState collection = new CollectionState(store.newId("pcol"), title, handle, store.now());
        apply(collection, body);
        store.collections.put(collection.id, collection);
        return reply(call, collection);
    }

    public SimResponse update(Call call) {
        CollectionState collection = store.collections.get(call.param(0));
        if (collection == null) {
            throw MedusaFailure.notFound("Collection with id \"" + call.param(0) + "\" not found");
        }
        ObjectNode body = Bodies.strict(call.body(), FIELDS, Set.of());
        if (body.hasNonNull("handle")) {
            requireUniqueHandle(body.get("handle").asString(), collection.id);
        }
        apply(collection, body);
        collection.updatedAt = store.now();
        return reply(call, collection);
    }

    public SimResponse delete(Call call) {
        CollectionState removed = store.collections.remove(call.param(0));
        if (removed != null) {
            store.products.values().stream()
                    .filter(product -> removed.id.equals(product.collectionId))
                    .forEach(product -> product.collectionId = null);
        }
        return SimResponse.json(200, ListEnvelope.deleted(call.param(0), "collection"));
    }

    /** {@code {"add": [...], "remove": [...]}}; a product belongs to at most one collection, so adding moves it. */
    public SimResponse products(Call call) {
        ObjectNode body = Bodies.strict(call.body(), Set.of("add", "remove"), Set.of());
        CollectionState collection = store.collections.get(call.param(0));
        if (collection == null) {
            return empty();
        }
        for (JsonNode id : body.path("add").values()) {
            product(id.asString()).collectionId = collection.id;
        }
        for (JsonNode id : body.path("remove").values()) {
            ProductState product = product(id.asString());
            if (collection.id.equals(product.collectionId)) {
                product.collectionId = null;
            }
        }
        collection.updatedAt = store.now();
        return reply(call, collection);
    }

    private SimResponse reply(Call call, CollectionState collection) {
        FieldTree tree = FieldTree.parse(call.fields(), CollectionWire.DEFAULTS);
        return SimResponse.json(
                200,
                ListEnvelope.single(
                        "collection", CollectionWire.row(store, collection).project(tree)));
    }

    private ProductState product(String id) {
        ProductState product = store.products.get(id);
        if (product == null) {
            throw MedusaFailure.notFound("Product with id: " + id + " was not found");
        }
        return product;
    }

    private void requireUniqueHandle(String handle, @Nullable String ownId) {
        boolean taken = store.collections.values().stream()
                .anyMatch(other -> other.handle.equals(handle) && !other.id.equals(ownId));
        if (taken) {
            throw MedusaFailure.duplicate("Product collection with handle: " + handle + ", already exists.");
        }
    }

    private static void apply(CollectionState collection, ObjectNode body) {
        if (body.hasNonNull("title")) {
            collection.title = body.get("title").asString();
        }
        if (body.hasNonNull("handle")) {
            collection.handle = body.get("handle").asString();
        }
        if (body.has("external_id")) {
            collection.externalId = Bodies.text(body, "external_id");
        }
        if (body.has("metadata")) {
            collection.metadata = MetadataMerge.merge(collection.metadata, body.get("metadata"));
        }
    }

    private static SimResponse empty() {
        return SimResponse.json(200, MedusaJson.object());
    }

    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static @Nullable Comparable<?> sortKey(CollectionState collection, String field) {
        return switch (field) {
            case "title" -> collection.title;
            case "handle" -> collection.handle;
            case "created_at" -> collection.createdAt;
            case "updated_at" -> collection.updatedAt;
            default -> null;
        };
    }
}
