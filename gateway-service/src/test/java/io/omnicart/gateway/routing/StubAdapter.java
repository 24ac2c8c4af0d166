package io.omnicart.gateway.routing;

import io.omnicart.core.model.Capability;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.StoreInfo;
import io.omnicart.core.spi.CommerceAdapter;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import reactor.core.publisher.Mono;

/** A CommerceAdapter for routing tests: knows its platform, capabilities and read-only flag, records the calls made. */
final class StubAdapter {

    final List<String> calls = new ArrayList<>();
    final CommerceAdapter adapter;

    StubAdapter(Platform platform, Set<Capability> capabilities, boolean readOnly) {
        this.adapter = (CommerceAdapter) Proxy.newProxyInstance(
                CommerceAdapter.class.getClassLoader(),
                new Class<?>[] {CommerceAdapter.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "platform" -> platform;
                    case "capabilities" -> capabilities;
                    case "readOnly" -> readOnly;
                    case "toString" -> "stub " + platform;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "verify" -> Mono.just(new StoreInfo(platform.wire() + " store"));
                    default -> {
                        calls.add(method.getName());
                        yield Mono.empty();
                    }
                });
    }
}
