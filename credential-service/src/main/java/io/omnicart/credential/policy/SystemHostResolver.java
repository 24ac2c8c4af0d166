package io.omnicart.credential.policy;

import java.net.InetAddress;
import java.util.List;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The JVM's resolver (hosts file, then DNS), run on the bounded-elastic scheduler so no event loop ever waits. */
public final class SystemHostResolver implements HostResolver {

    @Override
    public Mono<List<InetAddress>> resolveAll(String host) {
        return Mono.fromCallable(() -> List.of(InetAddress.getAllByName(host)))
                .subscribeOn(Schedulers.boundedElastic());
    }
}
