package io.omnicart.adapter.opencart.simulator;

import io.omnicart.testkit.simulator.http.QueryParams;
import io.omnicart.testkit.simulator.http.SimRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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

    /**
     * The api_id of a valid 4.1 signed call, logged in {@code api_history}, or empty (reference §4, 4.1.x): every
     * signed parameter present, an enabled user allowed from the caller's IP, {@code time} within 450 s, and
     * Base64(HMAC-SHA1(key, S)) equal to {@code signature}, where S is route, call, username, Host, folder, store id,
     * language, currency, MD5 of PHP's http_build_query of the cleaned POST, and time, each followed by a line feed.
     */
    Optional<Integer> verifySigned(SimRequest request, Map<String, String> post, long now) throws SQLException {
        QueryParams query = request.query();
        for (String name :
                List.of("route", "call", "username", "store_id", "language", "currency", "time", "signature")) {
            if (query.single(name) == null) {
                return Optional.empty();
            }
        }
        long time;
        try {
            time = Long.parseLong(query.single("time"));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
        if (Math.abs(now - time) > 450) {
            return Optional.empty();
        }
        try (Connection db = database.connect();
                PreparedStatement select = db.prepareStatement("SELECT a.api_id, a.username, a.`key`, a.status, "
                        + "(SELECT COUNT(*) FROM `oc_api_ip` i WHERE i.api_id = a.api_id AND i.ip = ?) "
                        + "FROM `oc_api` a WHERE a.username = ?")) {
            select.setString(1, CALLER_IP);
            select.setString(2, query.single("username"));
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next() || rows.getInt(4) != 1 || rows.getInt(5) == 0) {
                    return Optional.empty();
                }
                String path = request.path();
                String folder =
                        path.substring(0, Math.max(0, path.lastIndexOf('/'))).replaceAll("/+$", "") + "/";
                StringBuilder built = new StringBuilder();
                post.forEach((name, value) -> built.append(built.isEmpty() ? "" : "&")
                        .append(phpUrlencode(phpClean(name)))
                        .append('=')
                        .append(phpUrlencode(phpClean(value))));
                String signed = query.single("route") + "\n" + query.single("call") + "\n" + rows.getString(2) + "\n"
                        + request.header("Host") + "\n" + folder + "\n" + Integer.parseInt(query.single("store_id"))
                        + "\n" + query.single("language") + "\n" + query.single("currency") + "\n"
                        + md5(built.toString())
                        + "\n" + time + "\n";
                String expected = hmac(rows.getString(3), signed);
                if (!MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8),
                        rawurldecode(query.single("signature")).getBytes(StandardCharsets.UTF_8))) {
                    return Optional.empty();
                }
                int apiId = rows.getInt(1);
                try (PreparedStatement log = db.prepareStatement(
                        "INSERT INTO `oc_api_history` (api_id, `call`, ip, " + "date_added) VALUES (?, ?, ?, NOW())")) {
                    log.setInt(1, apiId);
                    log.setString(2, query.single("call"));
                    log.setString(3, CALLER_IP);
                    log.executeUpdate();
                }
                return Optional.of(apiId);
            }
        }
    }

    /** PHP's {@code rawurldecode}, which OpenCart applies to the already decoded signature: %XX only, + stays. */
    private static String rawurldecode(String value) {
        return java.net.URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String phpClean(String value) {
        return value.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replaceAll("^[ \\t\\n\\r\\x00\\x0B]+|[ \\t\\n\\r\\x00\\x0B]+$", "");
    }

    private static String phpUrlencode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' || c == '.') {
                out.append(c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append(String.format("%%%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    private static String md5(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hmac(String key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    void expireAll() {
        sessions.clear();
    }

    int live() {
        return sessions.size();
    }
}
