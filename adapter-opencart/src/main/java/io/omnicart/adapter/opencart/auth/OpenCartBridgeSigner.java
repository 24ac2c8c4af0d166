package io.omnicart.adapter.opencart.auth;

import io.omnicart.core.spi.Secret;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs bridge requests (bridge PROTOCOL.md §2): HMAC-SHA256, keyed with the OpenCart API user's key, over {@code
 * OMNICART1-HMAC-SHA256}, the method, the raw path, the canonical query (RFC 3986, {@code +} is a plus, sorted, without
 * the {@code oc_*} auth parameters), the SHA-256 of the body, the timestamp, the nonce and the username. The key never
 * travels; the four auth fields go as {@code X-OmniCart-*} headers. Pure and thread-safe.
 */
public final class OpenCartBridgeSigner {

    public static final String HEADER_USER = "X-OmniCart-User";
    public static final String HEADER_TIMESTAMP = "X-OmniCart-Timestamp";
    public static final String HEADER_NONCE = "X-OmniCart-Nonce";
    public static final String HEADER_SIGNATURE = "X-OmniCart-Signature";

    private static final String SCHEME = "OMNICART1-HMAC-SHA256";
    private static final Set<String> AUTH_PARAMETERS = Set.of("oc_user", "oc_ts", "oc_nonce", "oc_sig");
    private static final HexFormat HEX = HexFormat.of();

    private OpenCartBridgeSigner() {}

    /** The four auth headers for one request. {@code rawPath} is the path as sent, {@code rawQuery} without {@code ?}. */
    public static Map<String, String> headers(
            String method,
            String rawPath,
            String rawQuery,
            byte[] body,
            String username,
            Secret key,
            long timestamp,
            String nonce) {
        String signature = signature(method, rawPath, rawQuery, body, username, key, timestamp, nonce);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(HEADER_USER, username);
        headers.put(HEADER_TIMESTAMP, Long.toString(timestamp));
        headers.put(HEADER_NONCE, nonce);
        headers.put(HEADER_SIGNATURE, signature);
        return headers;
    }

    /** Lower-case hex HMAC-SHA256 of {@link #stringToSign}. */
    public static String signature(
            String method,
            String rawPath,
            String rawQuery,
            byte[] body,
            String username,
            Secret key,
            long timestamp,
            String nonce) {
        String toSign = stringToSign(method, rawPath, rawQuery, body, username, timestamp, nonce);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }

    /** The eight lines, joined by LF without a trailing newline. */
    public static String stringToSign(
            String method,
            String rawPath,
            String rawQuery,
            byte[] body,
            String username,
            long timestamp,
            String nonce) {
        return String.join(
                "\n",
                SCHEME,
                method.toUpperCase(java.util.Locale.ROOT),
                rawPath,
                canonicalQuery(rawQuery),
                sha256Hex(body),
                Long.toString(timestamp),
                nonce,
                username);
    }

    /** The query as the bridge canonicalizes it; the {@code oc_*} auth parameters are left out. */
    public static String canonicalQuery(String rawQuery) {
        List<String[]> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (!AUTH_PARAMETERS.contains(name)) {
                pairs.add(new String[] {encode(name), encode(value)});
            }
        }
        pairs.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        StringJoiner joined = new StringJoiner("&");
        pairs.forEach(p -> joined.add(p[0] + "=" + p[1]));
        return joined.toString();
    }

    /** RFC 3986 percent-encoding with upper-case hex; unreserved characters stay. */
    public static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z'
                    || c >= 'a' && c <= 'z'
                    || c >= '0' && c <= '9'
                    || c == '-'
                    || c == '_'
                    || c == '.'
                    || c == '~') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX.withUpperCase().toHexDigits((byte) c));
            }
        }
        return encoded.toString();
    }

    /** RFC 3986 percent-decoding: {@code +} stays a plus; a malformed escape is kept as it is. */
    static String decode(String value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] raw = value.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && isHex(raw[i + 1]) && isHex(raw[i + 2])) {
                bytes.write(Integer.parseInt(new String(raw, i + 1, 2, StandardCharsets.US_ASCII), 16));
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(byte b) {
        return b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F';
    }

    private static String sha256Hex(byte[] body) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}
