package io.omnicart.adapter.opencart.simulator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes rows into an OpenCart database with the table prefix applied ({@code DB_PREFIX}), as a column → value map, so
 * the 3.0 and 4.0 shapes can share code and differ only in the columns they add. On 4.1 tables (detected by {@code
 * product_code}) rows are written the 4.1 way: a product's identifiers go to {@code product_code}, country and zone
 * names to their {@code _description} tables, and category and geo zone dates (gone in 4.1) are left out.
 */
final class OpenCartRows {

    private static final List<String> CODES = List.of("sku", "upc", "ean", "jan", "isbn", "mpn");

    private final Connection db;
    private final String prefix;
    private Boolean v41;

    OpenCartRows(Connection db, String prefix) {
        this.db = db;
        this.prefix = prefix;
    }

    /** Whether the database has OpenCart 4.1's tables ({@code product_code}). */
    boolean is41() throws SQLException {
        if (v41 == null) {
            Object found = value("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                    + "AND TABLE_NAME = '" + prefix + "product_code'");
            v41 = found != null && ((Number) found).intValue() > 0;
        }
        return v41;
    }

    /** The name of a country or zone ({@code table}), wherever this version keeps it. */
    Object placeName(String table, long id) throws SQLException {
        return is41()
                ? value(
                        "SELECT name FROM {p}" + table + "_description WHERE " + table + "_id = ? ORDER BY language_id "
                                + "LIMIT 1",
                        id)
                : value("SELECT name FROM {p}" + table + " WHERE " + table + "_id = ?", id);
    }

    String table(String name) {
        return "`" + prefix + name + "`";
    }

    /** Inserts one row and answers its generated id (0 for tables without one). */
    long insert(String table, Map<String, ?> row) throws SQLException {
        if (!is41()) {
            return insertRow(table, row);
        }
        Map<String, Object> kept = new LinkedHashMap<>(row);
        switch (table) {
            case "product" -> {
                Map<String, Object> codes = new LinkedHashMap<>();
                CODES.forEach(code -> codes.put(code, kept.remove(code)));
                long id = insertRow(table, kept);
                for (Map.Entry<String, Object> code : codes.entrySet()) {
                    if (code.getValue() != null && !code.getValue().toString().isEmpty()) {
                        insertRow(
                                "product_code",
                                row(
                                        "product_id",
                                        id,
                                        "code",
                                        code.getKey().toUpperCase(Locale.ROOT),
                                        "value",
                                        code.getValue()));
                    }
                }
                return id;
            }
            case "category" -> {
                List.of("top", "column", "date_added", "date_modified").forEach(kept::remove);
                return insertRow(table, kept);
            }
            case "geo_zone", "zone_to_geo_zone" -> {
                List.of("date_added", "date_modified").forEach(kept::remove);
                return insertRow(table, kept);
            }
            case "country", "zone" -> {
                Object name = kept.remove("name");
                long id = insertRow(table, kept);
                update(
                        "INSERT INTO {p}" + table + "_description (" + table + "_id, language_id, name) SELECT ?, "
                                + "language_id, ? FROM {p}language",
                        id,
                        name == null ? "" : name.toString());
                return id;
            }
            default -> {
                return insertRow(table, kept);
            }
        }
    }

    private long insertRow(String table, Map<String, ?> row) throws SQLException {
        List<String> columns = new ArrayList<>(row.keySet());
        String sql = "INSERT INTO " + table(table) + " ("
                + columns.stream().map(c -> "`" + c + "`").collect(Collectors.joining(", ")) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement insert = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < columns.size(); i++) {
                insert.setObject(i + 1, row.get(columns.get(i)));
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(sql.replace("{p}", prefix))) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            update.executeUpdate();
        }
    }

    /** The first column of the first row, or null. */
    Object value(String sql, Object... values) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql.replace("{p}", prefix))) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getObject(1) : null;
            }
        }
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql.replace("{p}", prefix));
        }
    }

    /** A row under construction, columns in insertion order. */
    static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }
}
