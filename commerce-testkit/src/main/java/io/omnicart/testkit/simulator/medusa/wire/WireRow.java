package io.omnicart.testkit.simulator.medusa.wire;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One entity in wire form before projection: its columns in Medusa's order and its relations as renderers. Projecting
 * through a {@link FieldTree} keeps {@code id}, the selected columns (in selection order when named, entity order
 * under {@code *}) and then the selected relations. A column selected the way a relation is ({@code *type}) is kept
 * too: Medusa answers an empty relation with a plain null.
 */
public final class WireRow {

    private final Map<String, JsonNode> columns = new LinkedHashMap<>();
    private final Map<String, Function<FieldTree, JsonNode>> relations = new LinkedHashMap<>();

    public WireRow col(String name, @Nullable Object value) {
        columns.put(name, MedusaJson.node(value));
        return this;
    }

    /** Columns that are always null in the simulator (dimensions, customs codes, …). */
    public WireRow nulls(String... names) {
        for (String name : names) {
            columns.put(name, MedusaJson.node(null));
        }
        return this;
    }

    /** {@code created_at}, {@code updated_at} and a null {@code deleted_at}. */
    public WireRow timestamps(@Nullable Instant createdAt, @Nullable Instant updatedAt) {
        return col("created_at", createdAt).col("updated_at", updatedAt).col("deleted_at", null);
    }

    public WireRow rel(String name, Function<FieldTree, JsonNode> renderer) {
        relations.put(name, renderer);
        return this;
    }

    /** A to-many relation: each value rendered as a row and projected through the relation's sub-tree. */
    public <T> WireRow rows(String name, List<T> values, Function<T, WireRow> row) {
        return rel(
                name,
                tree -> MedusaJson.array(values.stream()
                        .map(value -> row.apply(value).project(tree))
                        .toList()));
    }

    public ObjectNode project(FieldTree tree) {
        ObjectNode out = MedusaJson.object();
        if (columns.containsKey("id")) {
            out.set("id", columns.get("id"));
        }
        columns.forEach((name, value) -> {
            if (tree.isAllColumns() || tree.namesRelation(name)) {
                out.set(name, value);
            }
        });
        tree.columns().stream()
                .filter(name -> columns.containsKey(name) && !relations.containsKey(name))
                .forEach(name -> out.set(name, columns.get(name)));
        relations.forEach((name, renderer) -> tree.relation(name).ifPresent(sub -> out.set(name, renderer.apply(sub))));
        return out;
    }
}
