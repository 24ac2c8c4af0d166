package io.omnicart.adapter.opencart.simulator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes rows into an OpenCart database with the table prefix applied ({@code DB_PREFIX}), as a column → value map, so
 * the 3.0 and 4.0 shapes can share code and differ only in the columns they add.
 */
final class OpenCartRows {

    private final Connection db;
    private final String prefix;

    OpenCartRows(Connection db, String prefix) {
        this.db = db;
        this.prefix = prefix;
    }

    String table(String name) {
        return "`" + prefix + name + "`";
    }

    /** Inserts one row and answers its generated id (0 for tables without one). */
    long insert(String table, Map<String, ?> row) throws SQLException {
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
