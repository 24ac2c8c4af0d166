package io.omnicart.credential.policy;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The address ranges no store may live in (IANA special-purpose registries), and how IPv6 forms that embed an IPv4
 * address (mapped, compatible, NAT64, 6to4) are unwrapped so the embedded address is judged too.
 */
final class SpecialAddresses {

    record Range(Cidr cidr, String kind) {}

    static final List<Range> LOOPBACK = List.of(range("127.0.0.0/8", "loopback"), range("::1/128", "loopback"));

    static final List<Range> METADATA = List.of(
            range("169.254.169.254/32", "cloud metadata"),
            range("169.254.170.2/32", "cloud metadata"),
            range("100.100.100.200/32", "cloud metadata"),
            range("192.0.0.192/32", "cloud metadata"),
            range("fd00:ec2::254/128", "cloud metadata"));

    static final List<Range> FORBIDDEN = List.of(
            range("0.0.0.0/8", "unspecified"),
            range("10.0.0.0/8", "private"),
            range("100.64.0.0/10", "carrier-grade NAT"),
            range("169.254.0.0/16", "link-local"),
            range("172.16.0.0/12", "private"),
            range("192.0.0.0/24", "reserved"),
            range("192.0.2.0/24", "documentation"),
            range("192.88.99.0/24", "reserved"),
            range("192.168.0.0/16", "private"),
            range("198.18.0.0/15", "benchmarking"),
            range("198.51.100.0/24", "documentation"),
            range("203.0.113.0/24", "documentation"),
            range("224.0.0.0/4", "multicast"),
            range("240.0.0.0/4", "reserved"),
            range("::/96", "reserved"),
            range("64:ff9b:1::/48", "reserved"),
            range("100::/64", "reserved"),
            range("2001::/23", "reserved"),
            range("2001:db8::/32", "documentation"),
            range("3fff::/20", "documentation"),
            range("fc00::/7", "unique-local"),
            range("fe80::/10", "link-local"),
            range("fec0::/10", "site-local"),
            range("ff00::/8", "multicast"));

    private static final Cidr MAPPED = Cidr.parse("::ffff:0:0/96");
    private static final Cidr TRANSLATED = Cidr.parse("::ffff:0:0:0/96");
    private static final Cidr COMPATIBLE = Cidr.parse("::/96");
    private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");
    private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

    private SpecialAddresses() {}

    /** The IPv4 address an IPv6 address carries (mapped, translated, compatible, NAT64 or 6to4), if any. */
    static Optional<Inet4Address> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] bytes = address.getAddress();
        if (MAPPED.contains(address)
                || TRANSLATED.contains(address)
                || COMPATIBLE.contains(address)
                || NAT64.contains(address)) {
            return Optional.of(ipv4(bytes, 12));
        }
        return SIX_TO_FOUR.contains(address) ? Optional.of(ipv4(bytes, 2)) : Optional.empty();
    }

    static Optional<String> kindIn(List<Range> ranges, InetAddress address) {
        return ranges.stream()
                .filter(r -> r.cidr().contains(address))
                .map(Range::kind)
                .findFirst();
    }

    private static Inet4Address ipv4(byte[] bytes, int offset) {
        byte[] four = {bytes[offset], bytes[offset + 1], bytes[offset + 2], bytes[offset + 3]};
        try {
            return (Inet4Address) InetAddress.getByAddress(four);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Range range(String cidr, String kind) {
        return new Range(Cidr.parse(cidr), kind);
    }
}
