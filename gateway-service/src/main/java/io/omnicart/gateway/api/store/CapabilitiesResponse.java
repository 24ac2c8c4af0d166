package io.omnicart.gateway.api.store;

import io.omnicart.core.model.Capability;
import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.CommerceAdapter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What the account's platform can do: every capability, true or false, by its wire name. */
public record CapabilitiesResponse(Platform platform, boolean readOnly, Map<String, Boolean> capabilities) {

    public CapabilitiesResponse {
        capabilities = Collections.unmodifiableMap(new LinkedHashMap<>(capabilities));
    }

    static CapabilitiesResponse of(Platform platform, boolean readOnly, Set<Capability> supported) {
        Map<String, Boolean> all = new LinkedHashMap<>();
        for (Capability capability : Capability.values()) {
            all.put(capability.wire(), supported.contains(capability));
        }
        return new CapabilitiesResponse(platform, readOnly, all);
    }

    static CapabilitiesResponse of(CommerceAdapter adapter) {
        return of(adapter.platform(), adapter.readOnly(), adapter.capabilities());
    }
}
