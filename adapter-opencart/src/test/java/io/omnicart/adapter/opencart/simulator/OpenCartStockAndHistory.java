package io.omnicart.adapter.opencart.simulator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What OpenCart's {@code addOrderHistory()} / {@code addHistory()} does to the database (reference §6), written with
 * JDBC into the fixture's tables: entering the processing ∪ complete statuses from outside them subtracts stock from
 * {@code oc_product} and each chosen {@code oc_product_option_value} (rows with {@code subtract = 1}), leaving them puts
 * it back; then the order gets its new status and a history row (HTML-escaped comment, store time).
 */
final class OpenCartStockAndHistory {

    private static final Pattern ID = Pattern.compile("\"?(\\d+)\"?");

    private final OpenCartDatabase database;
    private final Clock clock;

    OpenCartStockAndHistory(OpenCartDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Whether the order exists (any status, as OpenCart's getOrder does for the API). */
    boolean orderExists(int orderId) throws SQLException {
        try (Connection db = database.connect();
                PreparedStatement query = db.prepareStatement("SELECT 1 FROM `oc_order` WHERE order_id = ?")) {
            query.setInt(1, orderId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    void addHistory(int orderId, int newStatus, boolean notify, String comment) throws SQLException {
        try (Connection db = database.connect()) {
            int oldStatus = currentStatus(db, orderId);
            Set<Integer> taking = new HashSet<>(idSetting(db, "config_processing_status"));
            taking.addAll(idSetting(db, "config_complete_status"));
            if (!taking.contains(oldStatus) && taking.contains(newStatus)) {
                moveStock(db, orderId, -1);
            } else if (taking.contains(oldStatus) && !taking.contains(newStatus)) {
                moveStock(db, orderId, +1);
            }
            LocalDateTime now = LocalDateTime.now(clock.withZone(storeZone(db)));
            try (PreparedStatement update = db.prepareStatement(
                    "UPDATE `oc_order` SET order_status_id = ?, date_modified = ? WHERE order_id = ?")) {
                update.setInt(1, newStatus);
                update.setObject(2, now);
                update.setInt(3, orderId);
                update.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO `oc_order_history` (order_id, "
                    + "order_status_id, notify, comment, date_added) VALUES (?, ?, ?, ?, ?)")) {
                insert.setInt(1, orderId);
                insert.setInt(2, newStatus);
                insert.setInt(3, notify ? 1 : 0);
                insert.setString(4, escape(comment));
                insert.setObject(5, now);
                insert.executeUpdate();
            }
        }
    }

    private static int currentStatus(Connection db, int orderId) throws SQLException {
        try (PreparedStatement query =
                db.prepareStatement("SELECT order_status_id FROM `oc_order` WHERE order_id = ?")) {
            query.setInt(1, orderId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    /** {@code direction} -1 takes the order's units out of stock, +1 puts them back. */
    private static void moveStock(Connection db, int orderId, int direction) throws SQLException {
        try (PreparedStatement products = db.prepareStatement("UPDATE `oc_product` p JOIN `oc_order_product` op "
                        + "ON op.product_id = p.product_id SET p.quantity = p.quantity + ? * op.quantity "
                        + "WHERE op.order_id = ? AND p.subtract = 1");
                PreparedStatement values = db.prepareStatement(
                        "UPDATE `oc_product_option_value` pov "
                                + "JOIN `oc_order_option` oo ON oo.product_option_value_id = pov.product_option_value_id "
                                + "JOIN `oc_order_product` op ON op.order_product_id = oo.order_product_id "
                                + "SET pov.quantity = pov.quantity + ? * op.quantity WHERE oo.order_id = ? AND pov.subtract = 1")) {
            products.setInt(1, direction);
            products.setInt(2, orderId);
            products.executeUpdate();
            values.setInt(1, direction);
            values.setInt(2, orderId);
            values.executeUpdate();
        }
    }

    private static Set<Integer> idSetting(Connection db, String key) throws SQLException {
        Set<Integer> ids = new HashSet<>();
        Matcher matcher = ID.matcher(setting(db, key));
        while (matcher.find()) {
            ids.add(Integer.parseInt(matcher.group(1)));
        }
        return ids;
    }

    private static ZoneId storeZone(Connection db) throws SQLException {
        String zone = setting(db, "config_timezone");
        return zone.isBlank() ? ZoneId.of("UTC") : ZoneId.of(zone);
    }

    static String setting(Connection db, String key) throws SQLException {
        try (PreparedStatement query =
                db.prepareStatement("SELECT value FROM `oc_setting` WHERE store_id = 0 AND `key` = ?")) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : "";
            }
        }
    }

    /** OpenCart's request layer HTML-escapes every input before it is stored (reference §8). */
    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}
