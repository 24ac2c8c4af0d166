package io.omnicart.core.model;

public enum SortDirection {
    ASC,
    DESC
}
