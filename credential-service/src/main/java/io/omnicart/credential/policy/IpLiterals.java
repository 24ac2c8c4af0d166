package io.omnicart.credential.policy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Host names that are really IPv4 addresses. Resolvers and HTTP clients read a host whose last label is a number as an
 * IPv4 address in inet_aton style — {@code 2130706433}, {@code 0x7f.1}, {@code 017700000001} and {@code 127.1} are
 * all 127.0.0.1 — so only the canonical dotted-decimal form is accepted, and it is judged as an address.
 */
final class IpLiterals {

    private static final Pattern NUMERIC_LABEL = Pattern.compile("0x[0-9a-f]*|[0-9]+");
    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern CANONICAL = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]+");

    private IpLiterals() {}

    /** Whether a resolver would treat the host as an IPv4 address (its last label is numeric). */
    static boolean looksNumeric(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        String last = name.substring(name.lastIndexOf('.') + 1);
        return !last.isEmpty() && NUMERIC_LABEL.matcher(last).matches();
    }

    static boolean isCanonicalIpv4(String host) {
        return CANONICAL.matcher(host).matches();
    }

    /** A canonical IPv4 or a bare IPv6 literal as an address; never consults DNS. */
    static InetAddress literal(String host) {
        if (!isCanonicalIpv4(host)
                && !IPV6.matcher(host.toLowerCase(Locale.ROOT)).matches()) {
            throw new IllegalArgumentException("not an IP literal");
        }
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP literal", e);
        }
    }
}
