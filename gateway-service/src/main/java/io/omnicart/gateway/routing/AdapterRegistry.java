package io.omnicart.gateway.routing;

import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.CommerceAdapter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every {@link CommerceAdapter} bean by its platform, each wrapped once by every {@link AdapterDecorator} bean. Adapters
 * contribute themselves through their own auto-configuration; the gateway never names an adapter class.
 */
@Component
public class AdapterRegistry {

    private static final Logger log = LoggerFactory.getLogger(AdapterRegistry.class);

    private final Map<Platform, CommerceAdapter> adapters = new EnumMap<>(Platform.class);

    public AdapterRegistry(ObjectProvider<CommerceAdapter> adapters, ObjectProvider<AdapterDecorator> decorators) {
        List<AdapterDecorator> chain = decorators.orderedStream().toList();
        adapters.orderedStream().forEach(adapter -> register(decorate(adapter, chain)));
        log.info("store adapters: {}", this.adapters.keySet());
    }

    /** The adapter of {@code platform}, if one is installed. */
    public Optional<CommerceAdapter> find(Platform platform) {
        return Optional.ofNullable(adapters.get(platform));
    }

    public boolean supports(Platform platform) {
        return adapters.containsKey(platform);
    }

    private void register(CommerceAdapter adapter) {
        CommerceAdapter previous = adapters.putIfAbsent(adapter.platform(), adapter);
        if (previous != null) {
            throw new IllegalStateException(
                    "two adapters for platform " + adapter.platform().wire());
        }
    }

    private static CommerceAdapter decorate(CommerceAdapter adapter, List<AdapterDecorator> chain) {
        CommerceAdapter decorated = adapter;
        for (AdapterDecorator decorator : chain) {
            decorated = decorator.decorate(decorated);
        }
        return decorated;
    }
}
