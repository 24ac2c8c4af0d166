package io.omnicart.core.model;

public record OrderSort(OrderSortField field, SortDirection direction) {

    public static final OrderSort NEWEST_FIRST = new OrderSort(OrderSortField.CREATED_AT, SortDirection.DESC);

    public String wire() {
        return (direction == SortDirection.DESC ? "-" : "") + field.wire();
    }
}
