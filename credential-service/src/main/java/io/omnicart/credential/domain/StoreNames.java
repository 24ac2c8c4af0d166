package io.omnicart.credential.domain;

import io.omnicart.core.model.Platform;
import io.omnicart.core.model.StoreInfo;
import org.jspecify.annotations.Nullable;

/** Labels and store names as stored: trimmed and cut to their column sizes. */
final class StoreNames {

    private static final int MAX_STORE_NAME = 255;

    private StoreNames() {}

    /** The merchant's label, or the store's own name when none was given. */
    static String label(@Nullable String label, StoreInfo store, Platform platform) {
        if (label != null && !label.isBlank()) {
            return label.trim();
        }
        String name = store.name() == null ? "" : store.name().trim();
        return cut(name.isEmpty() ? platform.wire() + " store" : name, AccountRules.MAX_LABEL);
    }

    static String storeName(StoreInfo store) {
        return cut(store.name() == null ? "" : store.name().trim(), MAX_STORE_NAME);
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
