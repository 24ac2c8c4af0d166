package io.omnicart.core.model;

public record OrderTotals(Money subtotal, Money shipping, Money tax, Money discount, Money total) {}
