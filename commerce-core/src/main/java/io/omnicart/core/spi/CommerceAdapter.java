package io.omnicart.core.spi;

import io.omnicart.core.model.Capability;
import io.omnicart.core.model.Platform;
import java.util.Set;

/**
 * One store platform. An adapter implements every operation; those outside {@link #capabilities()} fail with {@code
 * UnsupportedCapability}, and the gateway checks capabilities before it calls. Adapters are stateless and thread-safe;
 * the gateway wraps every call in its guard (rate shaper, bulkhead, circuit breaker, retry, timeout).
 */
public interface CommerceAdapter
        extends OrderOperations,
                CatalogOperations,
                CustomerOperations,
                CollectionOperations,
                DraftOrderOperations,
                StoreOperations,
                PassthroughOperations,
                ChangeOperations {

    Platform platform();

    Set<Capability> capabilities();

    /** Whether the store refuses every write ({@code demo_read_only}) rather than lacking single capabilities. */
    default boolean readOnly() {
        return false;
    }
}
