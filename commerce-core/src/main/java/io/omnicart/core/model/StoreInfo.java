package io.omnicart.core.model;

/** What connect-time verification reads from a store. */
public record StoreInfo(String name) {}
