package io.omnicart.testkit.simulator.medusa.wire;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The columns and relations a {@code fields} query selects for one entity, parsed the way Medusa's field parser does
 * (reference §3.2): any entry without a prefix replaces the route's defaults; {@code +f} (or a leading space, an
 * unencoded {@code +}) adds, {@code -f} removes; {@code *rel} and {@code rel.*} select every column of a relation and
 * keep the defaults; {@code rel.col} selects one nested column. {@code id} is always selected. Unknown names are kept
 * but match nothing, so they are silently ignored.
 */
public final class FieldTree {

    private boolean allColumns;
    private final Set<String> columns = new LinkedHashSet<>();
    private final Map<String, FieldTree> relations = new LinkedHashMap<>();

    /** A tree with the given defaults, modified by the request's {@code fields} parameter (null for none). */
    public static FieldTree parse(@Nullable String fields, String defaults) {
        List<String> requested = fields == null ? List.of() : List.of(fields.split(","));
        boolean replace = requested.stream().anyMatch(FieldTree::isPlain);
        FieldTree tree = new FieldTree();
        if (!replace) {
            List.of(defaults.split(",")).forEach(entry -> tree.apply(entry.trim()));
        }
        requested.forEach(tree::apply);
        tree.columns.remove("id");
        Set<String> ordered = new LinkedHashSet<>();
        ordered.add("id");
        ordered.addAll(tree.columns);
        tree.columns.clear();
        tree.columns.addAll(ordered);
        return tree;
    }

    /** Every column of an entity, no relations. */
    public static FieldTree all() {
        FieldTree tree = new FieldTree();
        tree.allColumns = true;
        return tree;
    }

    /** Whether a column is selected, by {@code *} or by name. */
    public boolean includes(String column) {
        return allColumns || columns.contains(column);
    }

    /** Whether a column was named explicitly (computed fields appear only then). */
    public boolean names(String column) {
        return columns.contains(column);
    }

    public boolean isAllColumns() {
        return allColumns;
    }

    /** Selected column names in selection order (not meaningful when {@link #isAllColumns()}). */
    public Set<String> columns() {
        return columns;
    }

    /** The sub-tree of a relation, if selected; naming a relation like a column selects all its columns. */
    public Optional<FieldTree> relation(String name) {
        FieldTree sub = relations.get(name);
        if (sub == null && columns.contains(name)) {
            return Optional.of(all());
        }
        return Optional.ofNullable(sub);
    }

    /** Whether {@code name} was selected as a relation ({@code *name}, {@code name.*}, {@code name.col}). */
    public boolean namesRelation(String name) {
        return relations.containsKey(name);
    }

    public boolean hasRelation(String name) {
        return relation(name).isPresent();
    }

    public FieldTree addColumn(String column) {
        columns.add(column);
        return this;
    }

    /** Selects a relation with all its columns (keeping deeper selections made before). */
    public FieldTree addRelation(String name) {
        relations.computeIfAbsent(name, ignored -> new FieldTree()).allColumns = true;
        return this;
    }

    private static boolean isPlain(String entry) {
        return !entry.isEmpty()
                && "+- *".indexOf(entry.charAt(0)) < 0
                && !entry.trim().isEmpty();
    }

    private void apply(String entry) {
        if (entry.isEmpty()) {
            return;
        }
        char prefix = entry.charAt(0);
        String path = entry.substring(prefix == '+' || prefix == ' ' || prefix == '-' ? 1 : 0)
                .trim();
        if (prefix == '-') {
            remove(path);
        } else if (path.startsWith("*")) {
            node(path.substring(1)).allColumns = true;
        } else if (!path.isEmpty()) {
            add(path);
        }
    }

    private void add(String path) {
        int dot = path.lastIndexOf('.');
        if (dot < 0) {
            columns.add(path);
            return;
        }
        String last = path.substring(dot + 1);
        FieldTree parent = node(path.substring(0, dot));
        if (last.equals("*")) {
            parent.allColumns = true;
        } else {
            parent.columns.add(last);
        }
    }

    private FieldTree node(String relationPath) {
        FieldTree current = this;
        for (String name : relationPath.split("\\.")) {
            current = current.relations.computeIfAbsent(name, ignored -> new FieldTree());
        }
        return current;
    }

    private void remove(String path) {
        columns.remove(path);
        relations.remove(path);
    }
}
