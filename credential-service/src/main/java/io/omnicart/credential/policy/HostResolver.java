package io.omnicart.credential.policy;

import java.net.InetAddress;
import java.util.List;
import reactor.core.publisher.Mono;

/** Looks up every address of a host name at connect time, without blocking the caller's thread. */
@FunctionalInterface
public interface HostResolver {

    /** All addresses of {@code host}; an error (typically {@link java.net.UnknownHostException}) when there are none. */
    Mono<List<InetAddress>> resolveAll(String host);
}
