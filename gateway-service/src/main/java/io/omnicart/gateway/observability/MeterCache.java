package io.omnicart.gateway.observability;

import io.micrometer.core.instrument.Meter;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Meters looked up by their tag values, so a hot path records into a meter it already holds instead of building and
 * registering one per call (a builder, a tag list and a registry lookup each time). Bounded: past {@code maxSize}
 * keys, meters are still built and registered (the registry returns the existing one) but no longer kept here, so an
 * unexpected spread of tag values cannot grow the map. A meter removed from its registry afterwards keeps being
 * returned; nothing in the gateway removes meters.
 */
public final class MeterCache<K, M extends Meter> {

    private final ConcurrentMap<K, M> meters = new ConcurrentHashMap<>();
    private final Function<K, M> register;
    private final int maxSize;

    /** @param register builds and registers the meter of one key (its tag values) */
    public MeterCache(int maxSize, Function<K, M> register) {
        this.maxSize = maxSize;
        this.register = register;
    }

    public M get(K key) {
        M meter = meters.get(key);
        if (meter != null) {
            return meter;
        }
        M registered = register.apply(key);
        if (meters.size() < maxSize) {
            M raced = meters.putIfAbsent(key, registered);
            return raced == null ? registered : raced;
        }
        return registered;
    }

    int size() {
        return meters.size();
    }
}
