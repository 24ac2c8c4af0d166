package io.omnicart.core.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** An enum whose JSON spelling is its lower-case name ({@code PARTIALLY_SHIPPED} → {@code partially_shipped}). */
public interface WireValue {

    String name();

    /** The lower-case name, computed once per constant (it is written for every enum value of every response). */
    default String wire() {
        if (this instanceof Enum<?> constant) {
            return Spellings.LOWER_CASE.get(constant.getDeclaringClass())[constant.ordinal()];
        }
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} spelled {@code wire}, or {@code null} when there is none. */
    static <E extends Enum<E> & WireValue> E parse(Class<E> type, String wire) {
        Object constant = wire == null ? null : Spellings.CONSTANTS.get(type).get(wire);
        return constant == null ? null : type.cast(constant);
    }

    /** The spellings of each enum type, computed on first use; holds nothing callers can reach. */
    final class Spellings {

        /** Every constant's lower-case name, by ordinal. */
        private static final ClassValue<String[]> LOWER_CASE = new ClassValue<>() {
            @Override
            protected String[] computeValue(Class<?> type) {
                Object[] constants = type.getEnumConstants();
                String[] spellings = new String[constants.length];
                for (Object constant : constants) {
                    Enum<?> value = (Enum<?>) constant;
                    spellings[value.ordinal()] = value.name().toLowerCase(Locale.ROOT);
                }
                return spellings;
            }
        };

        /** Every constant by its {@link #wire()} (an enum may override it); the first one wins, as in a scan. */
        private static final ClassValue<Map<String, Object>> CONSTANTS = new ClassValue<>() {
            @Override
            protected Map<String, Object> computeValue(Class<?> type) {
                Map<String, Object> byWire = new HashMap<>();
                for (Object constant : type.getEnumConstants()) {
                    byWire.putIfAbsent(((WireValue) constant).wire(), constant);
                }
                return Map.copyOf(byWire);
            }
        };

        private Spellings() {}
    }
}
