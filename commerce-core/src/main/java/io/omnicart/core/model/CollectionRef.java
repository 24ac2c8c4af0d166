package io.omnicart.core.model;

public record CollectionRef(String id, String title) {}
