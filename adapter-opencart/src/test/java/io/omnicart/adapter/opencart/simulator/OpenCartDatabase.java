package io.omnicart.adapter.opencart.simulator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * JDBC access to the store database the bridge reads (the bridge fixture's MariaDB tables, prefix {@code oc_}). Each
 * use opens a connection set up like OpenCart's own ({@code SET NAMES utf8mb4}, its lenient {@code sql_mode}).
 */
public record OpenCartDatabase(String host, int port, String database) {

    public Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(
                "jdbc:mariadb://" + host + ":" + port + "/" + database + "?user=root&useUnicode=true", null, null);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET NAMES utf8mb4");
            statement.execute("SET SESSION sql_mode = 'NO_ZERO_IN_DATE,NO_ENGINE_SUBSTITUTION'");
        }
        return connection;
    }
}
