package io.omnicart.adapter.opencart.model;

/** One item of an {@code inventory.set} request: a SKU (or {@code <product_id>:<product_option_value_id>}) and its level. */
public record OpenCartStockItem(String sku, int quantity) {}
