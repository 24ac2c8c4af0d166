package io.omnicart.credential.policy;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.UnknownHostException;
import java.util.Locale;

/** An IPv4 or IPv6 network in CIDR notation; a bare address is a network of one. */
public record Cidr(InetAddress network, int prefixLength) {

    public Cidr {
        int bits = network.getAddress().length * 8;
        if (prefixLength < 0 || prefixLength > bits) {
            throw new IllegalArgumentException("prefix length out of range: " + prefixLength);
        }
    }

    /** Parses {@code 10.0.0.0/8}, {@code fc00::/7} or a single literal address; never consults DNS. */
    public static Cidr parse(String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        InetAddress network = literal(address);
        int bits = network.getAddress().length * 8;
        int prefix = slash < 0 ? bits : Integer.parseInt(trimmed.substring(slash + 1));
        return new Cidr(network, prefix);
    }

    /** Whether {@code text} looks like an address or a network rather than a host name. */
    public static boolean looksLikeCidr(String text) {
        String trimmed = text.trim();
        return trimmed.contains("/") || trimmed.contains(":") || trimmed.matches("[0-9.]+");
    }

    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        byte[] base = network.getAddress();
        if (candidate.length != base.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (candidate[i] != base[i]) {
                return false;
            }
        }
        int restBits = prefixLength % 8;
        if (restBits == 0) {
            return true;
        }
        int mask = (0xFF << (8 - restBits)) & 0xFF;
        return (candidate[fullBytes] & mask) == (base[fullBytes] & mask);
    }

    private static InetAddress literal(String address) {
        boolean ipv4 = address.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = address.contains(":") && address.matches("[0-9a-f:.]+");
        if (!ipv4 && !ipv6) {
            throw new IllegalArgumentException("not an IP address: " + address);
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            return ipv6 && parsed instanceof Inet4Address ? mapped(parsed) : parsed;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + address, e);
        }
    }

    /** Java turns {@code ::ffff:a.b.c.d} into an IPv4 address; a network written in IPv6 stays IPv6. */
    private static InetAddress mapped(InetAddress ipv4) throws UnknownHostException {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xFF;
        bytes[11] = (byte) 0xFF;
        System.arraycopy(ipv4.getAddress(), 0, bytes, 12, 4);
        return Inet6Address.getByAddress(null, bytes, (NetworkInterface) null);
    }

    @Override
    public String toString() {
        return network.getHostAddress() + "/" + prefixLength;
    }
}
