package io.omnicart.core.model;

public record ShipmentItem(String lineItemId, int quantity) {}
