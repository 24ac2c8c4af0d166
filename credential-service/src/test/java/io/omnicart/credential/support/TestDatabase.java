package io.omnicart.credential.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The PostgreSQL the integration tests use: {@code OMNICART_TEST_POSTGRES_URL} (R2DBC form, default the local
 * service), user {@code OMNICART_TEST_POSTGRES_USER} (default {@code postgres}) and password {@code
 * OMNICART_TEST_POSTGRES_PASSWORD} (default none). Each test class gets its own schema, dropped afterwards. A missing
 * database fails the test; nothing is skipped.
 */
public final class TestDatabase {

    private final String r2dbcUrl;
    private final String user;
    private final String password;
    private final String schema =
            "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    public TestDatabase() {
        this.r2dbcUrl = env("OMNICART_TEST_POSTGRES_URL", "r2dbc:postgresql://127.0.0.1:5432/test");
        this.user = env("OMNICART_TEST_POSTGRES_USER", "postgres");
        this.password = env("OMNICART_TEST_POSTGRES_PASSWORD", "");
    }

    /** The Spring properties that point the gateway at this test's schema. */
    public Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.r2dbc.url", r2dbcUrl + (r2dbcUrl.contains("?") ? "&" : "?") + "schema=" + schema);
        properties.put("spring.r2dbc.username", user);
        properties.put("spring.r2dbc.password", password);
        return properties;
    }

    public String schema() {
        return schema;
    }

    /** Runs one SQL statement over JDBC in this test's schema (for inspecting and tampering with rows). */
    public void execute(String sql) {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Connection connect() throws SQLException {
        String jdbc = r2dbcUrl.replaceFirst("^r2dbc:(pool:)?postgresql:", "jdbc:postgresql:")
                .replaceFirst("\\?.*$", "");
        Connection connection = DriverManager.getConnection(jdbc, user, password.isEmpty() ? null : password);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + schema);
        }
        return connection;
    }

    public void drop() {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
