package io.omnicart.credential.policy;

import io.omnicart.core.error.ConnectionFailed;
import io.omnicart.core.model.Platform;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The connect-time check of a store base URL: syntax and normalization ({@link BaseUrlParser}), then the host — IP
 * literals judged directly (odd IPv4 spellings refused outright), well-known metadata names refused, other names
 * resolved and every address judged by the {@link AddressPolicy}. Failures are {@code ConnectionFailed} with reason
 * {@code base_url_invalid}, {@code base_url_forbidden} or (host not found) {@code unreachable}.
 */
public final class BaseUrlPolicy {

    public static final String FORBIDDEN = "base_url_forbidden";
    private static final Set<String> METADATA_NAMES = Set.of(
            "metadata", "metadata.google.internal", "metadata.goog", "instance-data", "instance-data.ec2.internal");

    private final AddressPolicy addresses;
    private final HostResolver resolver;
    private final Duration resolveTimeout;

    public BaseUrlPolicy(AddressPolicy addresses, HostResolver resolver, Duration resolveTimeout) {
        this.addresses = addresses;
        this.resolver = resolver;
        this.resolveTimeout = resolveTimeout;
    }

    /** The normalized base URL when the store may be contacted there. */
    public Mono<URI> check(@Nullable String raw, @Nullable Platform platform) {
        return Mono.fromCallable(() -> BaseUrlParser.parse(raw, platform))
                .flatMap(url -> checkHost(url, platform).thenReturn(url.uri()));
    }

    private Mono<Void> checkHost(BaseUrl url, @Nullable Platform platform) {
        String host = url.host();
        if (url.ipv6Literal() || IpLiterals.looksNumeric(host)) {
            return Mono.fromRunnable(() -> checkLiteral(url, platform));
        }
        if (METADATA_NAMES.contains(host)) {
            return Mono.error(forbidden("The address of a cloud metadata service cannot be a store", platform));
        }
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return Mono.fromRunnable(() -> checkAddresses(url, List.of(InetAddress.getLoopbackAddress()), platform));
        }
        requireHttps(url, false, platform);
        return resolver.resolveAll(host)
                .timeout(resolveTimeout)
                .onErrorMap(e -> !(e instanceof ConnectionFailed), e -> unresolvable(platform))
                .doOnNext(found -> checkAddresses(url, found, platform))
                .then();
    }

    private void checkLiteral(BaseUrl url, @Nullable Platform platform) {
        String host = url.host();
        if (host.contains("%")) {
            throw forbidden("IPv6 zone identifiers are not allowed in a store address", platform);
        }
        checkAddresses(url, List.of(IpLiterals.literal(host)), platform);
    }

    private void checkAddresses(BaseUrl url, List<InetAddress> found, @Nullable Platform platform) {
        for (InetAddress address : found) {
            Optional<String> refusal = addresses.refusal(url.host(), address);
            if (refusal.isPresent()) {
                throw forbidden("The store address points to a " + refusal.get() + " network address", platform);
            }
        }
        requireHttps(url, found.stream().allMatch(AddressPolicy::isLoopback), platform);
    }

    private void requireHttps(BaseUrl url, boolean loopback, @Nullable Platform platform) {
        if (url.insecure() && !(loopback && addresses.allowsLoopback())) {
            throw BaseUrlParser.invalid("The base URL must start with https://", platform);
        }
    }

    private static ConnectionFailed forbidden(String message, @Nullable Platform platform) {
        return new ConnectionFailed(FORBIDDEN, message, platform, null);
    }

    private static ConnectionFailed unresolvable(@Nullable Platform platform) {
        return new ConnectionFailed("unreachable", "The store's host name could not be resolved", platform, null);
    }
}
