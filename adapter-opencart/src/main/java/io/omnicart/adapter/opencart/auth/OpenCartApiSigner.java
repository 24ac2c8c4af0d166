package io.omnicart.adapter.opencart.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a call to OpenCart 4.1's native API (reference §4, 4.1.x; {@code catalog/controller/startup/api.php}). There is
 * no login: each request carries {@code route, call, username, store_id, language, currency, time, signature} in its
 * query string, where the signature is Base64(HMAC-SHA1(key, S)) and S is ten lines, each ending in {@code \n}: route,
 * call, username, the {@code Host} header (with the port), the script's folder with a trailing slash, store id,
 * language, currency, the MD5 of PHP's {@code http_build_query} of the POST fields <em>as OpenCart cleaned them</em>
 * (every name and value through {@code htmlspecialchars(ENT_COMPAT)} and {@code trim}), and the time. The store
 * accepts {@code time} within 450 s of its clock. Stateless and thread-safe; the key never leaves this class.
 */
public final class OpenCartApiSigner {

    private final Clock clock;

    public OpenCartApiSigner(Clock clock) {
        this.clock = clock;
    }

    /** What a signed call puts in its query string, in order (the signature last, not yet URL-encoded). */
    public Map<String, String> query(
            URI target,
            String route,
            String call,
            String username,
            String key,
            int storeId,
            String language,
            String currency,
            Map<String, String> post) {
        String time = Long.toString(clock.instant().getEpochSecond());
        String toSign = stringToSign(target, route, call, username, storeId, language, currency, post, time);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("route", route);
        query.put("call", call);
        query.put("username", username);
        query.put("store_id", Integer.toString(storeId));
        query.put("language", language);
        query.put("currency", currency);
        query.put("time", time);
        query.put("signature", hmacSha1(key, toSign));
        return query;
    }

    static String stringToSign(
            URI target,
            String route,
            String call,
            String username,
            int storeId,
            String language,
            String currency,
            Map<String, String> post,
            String time) {
        StringBuilder lines = new StringBuilder();
        for (String line : new String[] {
            route,
            call,
            username,
            host(target),
            folder(target),
            Integer.toString(storeId),
            language,
            currency,
            md5(httpBuildQuery(cleaned(post))),
            time
        }) {
            lines.append(line).append('\n');
        }
        return lines.toString();
    }

    /** The {@code Host} header the HTTP client sends: the host, and the port when the URI names one. */
    static String host(URI target) {
        return target.getPort() < 0 ? target.getHost() : target.getHost() + ":" + target.getPort();
    }

    /** {@code rtrim(dirname(PHP_SELF), '/') . '/'}: the folder of {@code index.php}, {@code /} at the web root. */
    static String folder(URI target) {
        String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        int slash = path.lastIndexOf('/');
        String dir = slash <= 0 ? "" : path.substring(0, slash);
        while (dir.endsWith("/")) {
            dir = dir.substring(0, dir.length() - 1);
        }
        return dir + "/";
    }

    /** OpenCart's request cleaning: {@code trim(htmlspecialchars(value, ENT_COMPAT, 'UTF-8'))} on names and values. */
    static Map<String, String> cleaned(Map<String, String> post) {
        Map<String, String> cleaned = new LinkedHashMap<>();
        post.forEach((name, value) -> cleaned.put(clean(name), clean(value)));
        return cleaned;
    }

    static String clean(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                default -> escaped.append(c);
            }
        }
        return phpTrim(escaped.toString());
    }

    /** PHP's {@code trim}: spaces, tabs, line feeds, carriage returns, NUL and vertical tabs at both ends. */
    private static String phpTrim(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && " \t\n\r\0\u000B".indexOf(value.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && " \t\n\r\0\u000B".indexOf(value.charAt(end - 1)) >= 0) {
            end--;
        }
        return value.substring(start, end);
    }

    /** PHP's {@code http_build_query} of flat fields: {@code urlencode} (RFC 1738, space as {@code +}), joined by &. */
    static String httpBuildQuery(Map<String, String> fields) {
        StringJoiner query = new StringJoiner("&");
        fields.forEach((name, value) -> query.add(urlencode(name) + "=" + urlencode(value)));
        return query.toString();
    }

    /** PHP's {@code urlencode}: letters, digits and {@code -_.} stay; space is {@code +}; other bytes {@code %XX}. */
    static String urlencode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.') {
                encoded.append((char) c);
            } else if (c == ' ') {
                encoded.append('+');
            } else {
                encoded.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
            }
        }
        return encoded.toString();
    }

    static String md5(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available", e);
        }
    }

    static String hmacSha1(String key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is not available", e);
        }
    }
}
