package io.omnicart.credential.policy;

import io.omnicart.core.error.ConnectionFailed;
import io.omnicart.core.model.Platform;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the base URL a merchant typed into a {@link BaseUrl}, or fails with {@code ConnectionFailed} reason {@code
 * base_url_invalid}. Messages never repeat the input: it may carry a password in its user-info.
 */
public final class BaseUrlParser {

    public static final String INVALID = "base_url_invalid";
    static final String ADMIN_HINT = "Do not include /admin at the end";
    private static final int MAX_LENGTH = 2048;
    private static final Pattern PARTS = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)(.*)$", Pattern.DOTALL);
    private static final Pattern UNSAFE = Pattern.compile("[\\s\\p{Cntrl}\\\\]");

    private BaseUrlParser() {}

    public static BaseUrl parse(@Nullable String raw, @Nullable Platform platform) {
        String text = raw == null ? "" : raw.trim();
        require(!text.isEmpty(), "Enter the store's base URL, e.g. https://api.my-store.com", platform);
        require(text.length() <= MAX_LENGTH, "The base URL is too long", platform);
        require(!UNSAFE.matcher(text).find(), "The base URL contains spaces or control characters", platform);
        Matcher parts = PARTS.matcher(text);
        require(parts.matches(), "The base URL must be an absolute https:// address", platform);
        String scheme = parts.group(1).toLowerCase(Locale.ROOT);
        require(scheme.equals("https") || scheme.equals("http"), "The base URL must start with https://", platform);
        require(!parts.group(2).contains("@"), "The base URL must not contain a user name or password", platform);
        String authority = asciiAuthority(parts.group(2), platform).replaceFirst("\\.(?=(:[0-9]*)?$)", "");
        refuseOddIpSpellings(authority, platform);
        URI uri = toUri(scheme + "://" + authority + parts.group(3), platform);
        require(uri.getRawQuery() == null, "The base URL must not contain a query (?…)", platform);
        require(uri.getRawFragment() == null, "The base URL must not contain a fragment (#…)", platform);
        require(uri.getHost() != null && !uri.getHost().isEmpty(), "The base URL has no valid host name", platform);
        require(uri.getPort() == -1 || (uri.getPort() > 0 && uri.getPort() < 65536), "The port is not valid", platform);
        return normalized(uri, scheme, platform);
    }

    private static BaseUrl normalized(URI uri, String scheme, @Nullable Platform platform) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean ipv6 = host.startsWith("[");
        String bare = ipv6 ? host.substring(1, host.length() - 1) : stripDot(host);
        String authority = (ipv6 ? host : bare) + port(uri.getPort(), scheme);
        String path = stripTrailingSlashes(uri.normalize().getRawPath());
        require(!path.toLowerCase(Locale.ROOT).endsWith("/admin"), ADMIN_HINT, platform);
        require(!path.contains("/../") && !path.endsWith("/.."), "The base URL path is not valid", platform);
        return new BaseUrl(URI.create(scheme + "://" + authority + path), scheme, bare, ipv6);
    }

    /**
     * A host whose last label is a number is an IPv4 address to resolvers (inet_aton: {@code 127.1}, {@code 0x7f.1},
     * {@code 2130706433}); anything but the canonical dotted-decimal form is refused as forbidden.
     */
    private static void refuseOddIpSpellings(String authority, @Nullable Platform platform) {
        if (authority.startsWith("[")) {
            return;
        }
        String host = authority.replaceFirst(":[0-9]*$", "").toLowerCase(Locale.ROOT);
        if (IpLiterals.looksNumeric(host) && !IpLiterals.isCanonicalIpv4(host)) {
            throw new ConnectionFailed(
                    BaseUrlPolicy.FORBIDDEN,
                    "Write an IP address as four decimal numbers (a.b.c.d); other spellings are refused",
                    platform,
                    null);
        }
    }

    private static String asciiAuthority(String authority, @Nullable Platform platform) {
        if (authority.chars().allMatch(c -> c < 0x80)) {
            return authority;
        }
        Matcher port = Pattern.compile(":\\d*$").matcher(authority);
        String suffix = port.find() ? port.group() : "";
        String host = authority.substring(0, authority.length() - suffix.length());
        try {
            return IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES) + suffix;
        } catch (IllegalArgumentException e) {
            throw invalid("The base URL has no valid host name", platform);
        }
    }

    private static URI toUri(String text, @Nullable Platform platform) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw invalid("The base URL is not a valid address", platform);
        }
    }

    private static String port(int port, String scheme) {
        boolean standard =
                port == -1 || (port == 443 && scheme.equals("https")) || (port == 80 && scheme.equals("http"));
        return standard ? "" : ":" + port;
    }

    private static String stripDot(String host) {
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    private static String stripTrailingSlashes(@Nullable String path) {
        String result = path == null ? "" : path;
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }

    private static void require(boolean condition, String message, @Nullable Platform platform) {
        if (!condition) {
            throw invalid(message, platform);
        }
    }

    static ConnectionFailed invalid(String message, @Nullable Platform platform) {
        return new ConnectionFailed(INVALID, message, platform, null);
    }
}
