package io.omnicart.gateway.guard;

import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.gateway.routing.AdapterDecorator;

/** Puts every adapter behind the {@link UpstreamGuard}. */
public class UpstreamGuardDecorator implements AdapterDecorator {

    private final UpstreamGuard guard;

    public UpstreamGuardDecorator(UpstreamGuard guard) {
        this.guard = guard;
    }

    @Override
    public CommerceAdapter decorate(CommerceAdapter adapter) {
        return new GuardedAdapter(adapter, guard);
    }
}
