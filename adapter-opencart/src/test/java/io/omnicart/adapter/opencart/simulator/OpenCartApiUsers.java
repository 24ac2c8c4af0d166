package io.omnicart.adapter.opencart.simulator;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API users and native sessions as OpenCart keeps them (reference §3, §4): users and allow-lists are read from the
 * fixture's {@code oc_api} / {@code oc_api_ip} on every call (so a test can disable a user or remove an IP); a session
 * is a 26-hex token that dies after {@code idleLimit} without use (3.0: PHP's 1440 s; 4.0: the 1 h
 * {@code api_session} cleanup) or when {@link #expireAll()} is called.
 */
final class OpenCartApiUsers {

    /** The address every caller has here: the simulator only listens on loopback. */
    static final String CALLER_IP = "127.0.0.1";

    record ApiUser(int apiId, boolean enabled, boolean ipAllowed) {}

    private record Session(int apiId, Instant lastUsed) {}

    private final OpenCartDatabase database;
    private final Clock clock;
    private final Duration idleLimit;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    OpenCartApiUsers(OpenCartDatabase database, Clock clock, Duration idleLimit) {
        this.database = database;
        this.clock = clock;
        this.idleLimit = idleLimit;
    }

    /** The user whose username and key match (and its status and allow-list), or empty. */
    Optional<ApiUser> find(String username, String key) throws SQLException {
        try (Connection db = database.connect();
                PreparedStatement query = db.prepareStatement("SELECT a.api_id, a.status, "
                        + "(SELECT COUNT(*) FROM `oc_api_ip` i WHERE i.api_id = a.api_id AND i.ip = ?) "
                        + "FROM `oc_api` a WHERE a.username = ? AND a.`key` = ?")) {
            query.setString(1, CALLER_IP);
            query.setString(2, username);
            query.setString(3, key);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next()
                        ? Optional.of(new ApiUser(rows.getInt(1), rows.getInt(2) == 1, rows.getInt(3) > 0))
                        : Optional.empty();
            }
        }
    }

    String start(int apiId) {
        byte[] bytes = new byte[13];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        sessions.put(token, new Session(apiId, clock.instant()));
        return token;
    }

    /** Whether the token is a live session of an enabled user still allowed from the caller's IP; touches it. */
    boolean check(String token) throws SQLException {
        Session session = sessions.get(token);
        if (session == null || session.lastUsed().plus(idleLimit).isBefore(clock.instant())) {
            sessions.remove(token == null ? "" : token);
            return false;
        }
        try (Connection db = database.connect();
                PreparedStatement query = db.prepareStatement("SELECT a.status, (SELECT COUNT(*) FROM `oc_api_ip` i "
                        + "WHERE i.api_id = a.api_id AND i.ip = ?) FROM `oc_api` a WHERE a.api_id = ?")) {
            query.setString(1, CALLER_IP);
            query.setInt(2, session.apiId());
            try (ResultSet rows = query.executeQuery()) {
                boolean valid = rows.next() && rows.getInt(1) == 1 && rows.getInt(2) > 0;
                if (valid) {
                    sessions.put(token, new Session(session.apiId(), clock.instant()));
                }
                return valid;
            }
        }
    }

    void expireAll() {
        sessions.clear();
    }

    int live() {
        return sessions.size();
    }
}
