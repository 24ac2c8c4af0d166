package io.omnicart.core.model;

import java.util.Locale;

/** An enum whose JSON spelling is its lower-case name ({@code PARTIALLY_SHIPPED} → {@code partially_shipped}). */
public interface WireValue {

    String name();

    default String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} spelled {@code wire}, or {@code null} when there is none. */
    static <E extends Enum<E> & WireValue> E parse(Class<E> type, String wire) {
        for (E constant : type.getEnumConstants()) {
            if (constant.wire().equals(wire)) {
                return constant;
            }
        }
        return null;
    }
}
