package io.omnicart.gateway.routing;

import io.omnicart.core.spi.CommerceAdapter;

/**
 * Wraps every adapter once at start-up (resilience guard, metrics, …). Decorators are applied in their {@code @Order}
 * order, so the decorator with the lowest order sits innermost, next to the adapter. A decorator must keep {@link
 * CommerceAdapter#platform()}, {@link CommerceAdapter#capabilities()} and {@link CommerceAdapter#readOnly()}.
 */
@FunctionalInterface
public interface AdapterDecorator {

    CommerceAdapter decorate(CommerceAdapter adapter);
}
