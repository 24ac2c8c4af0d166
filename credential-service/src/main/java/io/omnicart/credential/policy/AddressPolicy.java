package io.omnicart.credential.policy;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which resolved addresses a store may have: none of the special-purpose ranges (private, loopback, link-local, cloud
 * metadata, carrier-grade NAT, multicast, reserved, documentation, IPv6 unique-local, and IPv6 forms embedding such an
 * IPv4 address) unless the operator's allow-list admits the network or the host name. Loopback is admitted only with
 * the insecure-loopback allowance (tests and local runs); metadata addresses are never admitted.
 */
public final class AddressPolicy {

    private final boolean allowLoopback;
    private final List<Cidr> allowedNetworks;
    private final Set<String> allowedHosts;

    public AddressPolicy(boolean allowLoopback, List<Cidr> allowedNetworks, Set<String> allowedHosts) {
        this.allowLoopback = allowLoopback;
        this.allowedNetworks = List.copyOf(allowedNetworks);
        this.allowedHosts =
                allowedHosts.stream().map(AddressPolicy::normalizeHost).collect(Collectors.toUnmodifiableSet());
    }

    /** Builds the policy from allow-list entries that are CIDRs, literal addresses or host names. */
    public static AddressPolicy of(boolean allowLoopback, List<String> allowList) {
        List<Cidr> networks = new ArrayList<>();
        List<String> hosts = new ArrayList<>();
        for (String entry : allowList) {
            if (Cidr.looksLikeCidr(entry)) {
                networks.add(Cidr.parse(entry));
            } else if (!entry.isBlank()) {
                hosts.add(entry);
            }
        }
        return new AddressPolicy(allowLoopback, networks, Set.copyOf(hosts));
    }

    public boolean allowsLoopback() {
        return allowLoopback;
    }

    /** Whether the operator admitted this host name (exactly, or as {@code *.suffix}). */
    public boolean hostAllowed(String host) {
        String name = normalizeHost(host);
        return allowedHosts.contains(name)
                || allowedHosts.stream().anyMatch(h -> h.startsWith("*.") && name.endsWith(h.substring(1)));
    }

    /** Why a store at {@code address} (reached as {@code host}) is refused, or empty when it is allowed. */
    public Optional<String> refusal(String host, InetAddress address) {
        Optional<String> metadata = SpecialAddresses.kindIn(SpecialAddresses.METADATA, address)
                .or(() -> SpecialAddresses.embeddedIpv4(address)
                        .flatMap(v4 -> SpecialAddresses.kindIn(SpecialAddresses.METADATA, v4)));
        if (metadata.isPresent()) {
            return metadata;
        }
        if (hostAllowed(host) || allowedNetworks.stream().anyMatch(n -> n.contains(address))) {
            return Optional.empty();
        }
        if (isLoopback(address)) {
            return allowLoopback ? Optional.empty() : Optional.of("loopback");
        }
        return SpecialAddresses.kindIn(SpecialAddresses.FORBIDDEN, address)
                .or(() -> SpecialAddresses.embeddedIpv4(address)
                        .flatMap(v4 -> SpecialAddresses.kindIn(SpecialAddresses.FORBIDDEN, v4)));
    }

    /** Whether the address is a loopback address (directly or embedded in an IPv6 form). */
    public static boolean isLoopback(InetAddress address) {
        return SpecialAddresses.kindIn(SpecialAddresses.LOOPBACK, address).isPresent()
                || SpecialAddresses.embeddedIpv4(address)
                        .flatMap(v4 -> SpecialAddresses.kindIn(SpecialAddresses.LOOPBACK, v4))
                        .isPresent();
    }

    static String normalizeHost(String host) {
        String name = host.trim().toLowerCase(Locale.ROOT);
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
