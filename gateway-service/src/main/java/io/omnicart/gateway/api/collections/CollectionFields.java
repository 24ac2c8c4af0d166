package io.omnicart.gateway.api.collections;

/** Constraints shared by the collection bodies. */
final class CollectionFields {

    static final int MAX_TITLE = 255;
    static final int MAX_HANDLE = 255;
    static final String HANDLE_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String HANDLE_MESSAGE =
            "must be lower-case letters and digits in words joined by '-', e.g. summer-sale";
    static final String NOT_BLANK_PATTERN = "(?s).*\\S.*";

    private CollectionFields() {}
}
