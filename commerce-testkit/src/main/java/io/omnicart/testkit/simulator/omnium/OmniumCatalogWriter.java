package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import io.omnicart.testkit.simulator.seed.SeedAddress;
import io.omnicart.testkit.simulator.seed.SeedCustomer;
import io.omnicart.testkit.simulator.seed.SeedPrice;
import io.omnicart.testkit.simulator.seed.SeedProduct;
import io.omnicart.testkit.simulator.seed.SeedProductStatus;
import io.omnicart.testkit.simulator.seed.SeedVariant;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes seeded products ({@code OmniumProduct}, §6) and customers ({@code OmniumCustomer}, §8) as Omnium trees. */
final class OmniumCatalogWriter {

    /** Omnium product ids carry the content language: {@code <productId>_<language>}. */
    static final String LANGUAGE = "en";

    private OmniumCatalogWriter() {}

    static ObjectNode product(SeedProduct source) {
        ObjectNode product = OmniumJson.object();
        product.put("id", source.handle() + "_" + LANGUAGE);
        product.put("productId", source.handle());
        product.put("language", LANGUAGE);
        product.put("name", source.title());
        product.put("description", source.description());
        product.put("isActive", source.status() == SeedProductStatus.PUBLISHED);
        ArrayNode categories = product.putArray("categoryIds");
        if (source.collectionHandle() != null) {
            categories.add(source.collectionHandle());
        }
        ArrayNode variants = product.putArray("variants");
        source.variants().forEach(variant -> variants.add(variant(variant)));
        return product;
    }

    private static ObjectNode variant(SeedVariant source) {
        ObjectNode variant = OmniumJson.object();
        variant.put("id", source.sku());
        variant.put("skuId", source.sku());
        variant.put("name", source.title());
        variant.put("ean", source.barcode());
        ArrayNode prices = variant.putArray("prices");
        for (SeedPrice price : source.prices()) {
            ObjectNode node = prices.addObject();
            node.put("marketId", OmniumSeeder.marketId(price.currency()));
            node.put("currencyCode", price.currency().toUpperCase(Locale.ROOT));
            node.put("unitPrice", price.amount());
        }
        if (source.stock() != null) {
            variant.putArray("inventory")
                    .addObject()
                    .put("warehouseCode", OmniumSeeder.STORE_ID)
                    .put("inventory", source.stock());
        }
        return variant;
    }

    static ObjectNode customer(SeedCustomer source, String id) {
        ObjectNode customer = OmniumJson.object();
        customer.put("customerId", id);
        customer.put("customerType", source.company() == null ? "B2C" : "B2B");
        customer.put("email", source.email());
        customer.put("phone", source.phone());
        customer.put("firstName", source.firstName());
        customer.put("lastName", source.lastName());
        customer.put("isInactive", false);
        ArrayNode addresses = customer.putArray("addresses");
        for (SeedAddress address : source.addresses()) {
            ObjectNode node = addresses.addObject();
            node.put("line1", address.line1());
            node.put("line2", address.line2());
            node.put("postalCode", address.postalCode());
            node.put("city", address.city());
            node.put("countryCode", address.countryCode().toUpperCase(Locale.ROOT));
            node.putArray("purposes").add("Shipping").add("Billing");
        }
        return customer;
    }
}
