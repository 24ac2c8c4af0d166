package io.omnicart.core.model;

public record CurrencySetting(String code, boolean isDefault) {}
