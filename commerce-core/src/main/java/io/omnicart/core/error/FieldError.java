package io.omnicart.core.error;

/** One invalid parameter or body field, named as the caller sent it (e.g. {@code limit}, {@code items[3].sku}). */
public record FieldError(String field, String message) {}
