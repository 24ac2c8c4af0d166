package io.omnicart.core.model;

/** Fields an order list can be sorted by; the wire spelling is camelCase, as in {@code sort=-createdAt}. */
public enum OrderSortField {
    CREATED_AT("createdAt"),
    UPDATED_AT("updatedAt"),
    NUMBER("number"),
    TOTAL("total");

    private final String wire;

    OrderSortField(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static OrderSortField fromWire(String value) {
        for (OrderSortField field : values()) {
            if (field.wire.equals(value)) {
                return field;
            }
        }
        return null;
    }
}
