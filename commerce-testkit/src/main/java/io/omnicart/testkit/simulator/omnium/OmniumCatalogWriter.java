package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import io.omnicart.testkit.simulator.seed.SeedAddress;
import io.omnicart.testkit.simulator.seed.SeedCollection;
import io.omnicart.testkit.simulator.seed.SeedCustomer;
import io.omnicart.testkit.simulator.seed.SeedPrice;
import io.omnicart.testkit.simulator.seed.SeedProduct;
import io.omnicart.testkit.simulator.seed.SeedProductStatus;
import io.omnicart.testkit.simulator.seed.SeedVariant;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes seeded products ({@code OmniumProduct} with {@code OmniumProductVariant}s, §6), categories
 * ({@code OmniumProductCategory}, §7) and customers (private B2C / business B2B, §8) as Omnium trees.
 *
 * <p>Decisions [I]: variant axes {@code Size}/{@code Color} become the typed {@code size}/{@code color} fields, other
 * option axes a property with {@code keyGroup "Options"}; a variant without tracked stock is {@code isVirtual}; prices
 * are per market group and currency ({@code marketGroupId} {@code web}, {@code currencyCode}) and before tax
 * ({@code isTaxExcluded}: orders add the market's VAT); a customer who signed up is a customer-club member; a customer
 * with a company is a business customer whose person is its first contact.
 */
final class OmniumCatalogWriter {

    /** Omnium product and category ids carry the content language: {@code <productId>_<language>}. */
    static final String LANGUAGE = "en";

    private OmniumCatalogWriter() {}

    static ObjectNode product(SeedProduct source, Map<String, String> categoryNames, String created) {
        ObjectNode product = OmniumJson.object();
        product.put("id", source.handle() + "_" + LANGUAGE);
        product.put("productId", source.handle());
        product.putNull("skuId");
        product.put("language", LANGUAGE);
        product.put("name", source.title());
        product.put("shortDescription", source.subtitle());
        product.put("description", source.description());
        product.put("isActive", source.status() == SeedProductStatus.PUBLISHED);
        product.put("isSku", false);
        product.put("status", "Published");
        product.put("created", created);
        product.put("modified", created);
        product.put("published", created);
        String image = source.thumbnail() != null
                ? source.thumbnail()
                : source.images().isEmpty() ? null : source.images().getFirst();
        product.put("mainImageUrl", image);
        ArrayNode assets = product.putArray("assets");
        source.images().forEach(url -> assets.addObject().put("url", url).put("isMainImage", url.equals(image)));
        product.putArray("tags");
        product.putArray("properties");
        product.putArray("externalIds");
        ArrayNode categories = product.putArray("categories");
        ArrayNode categoryIds = product.putArray("categoryIds");
        if (source.collectionHandle() != null) {
            categories.add(categoryRef(source.collectionHandle(), categoryNames.get(source.collectionHandle())));
            categoryIds.add(source.collectionHandle());
            product.put("mainCategoryId", source.collectionHandle());
            product.put("mainCategoryName", categoryNames.get(source.collectionHandle()));
        } else {
            product.putNull("mainCategoryId");
            product.putNull("mainCategoryName");
        }
        ArrayNode variants = product.putArray("variants");
        boolean first = true;
        for (SeedVariant variant : source.variants()) {
            variants.add(variant(source, variant, first, created));
            first = false;
        }
        return product;
    }

    /** The {@code OmniumProductCategory} reference a product carries. */
    static ObjectNode categoryRef(String categoryId, @Nullable String name) {
        ObjectNode ref = OmniumJson.object();
        ref.put("id", categoryId + "_" + LANGUAGE);
        ref.put("categoryId", categoryId);
        ref.put("language", LANGUAGE);
        ref.put("name", name);
        return ref;
    }

    private static ObjectNode variant(SeedProduct product, SeedVariant source, boolean main, String created) {
        ObjectNode variant = OmniumJson.object();
        variant.put("id", source.sku());
        variant.put("skuId", source.sku());
        variant.put("productId", product.handle());
        variant.put("name", source.title());
        variant.put("ean", source.barcode());
        variant.put("isSku", true);
        variant.put("isActive", product.status() == SeedProductStatus.PUBLISHED);
        variant.put("isMainProductVariant", main);
        variant.put("isVirtual", source.stock() == null);
        variant.put("created", created);
        variant.put("modified", created);
        ArrayNode properties = variant.putArray("properties");
        for (Map.Entry<String, String> option : source.options().entrySet()) {
            switch (option.getKey().toLowerCase(Locale.ROOT)) {
                case "size" -> variant.put("size", option.getValue());
                case "color", "colour" -> variant.put("color", option.getValue());
                default ->
                    properties
                            .addObject()
                            .put("key", option.getKey())
                            .put("value", option.getValue())
                            .put("keyGroup", "Options")
                            .put("valueType", "String");
            }
        }
        ArrayNode prices = variant.putArray("prices");
        for (SeedPrice price : source.prices()) {
            ObjectNode node = prices.addObject();
            node.put("code", source.sku());
            node.putNull("marketId");
            node.put("marketGroupId", OmniumSeeder.MARKET_GROUP);
            node.put("currencyCode", price.currency().toUpperCase(Locale.ROOT));
            node.put("unitPrice", price.amount());
            node.put("originalUnitPrice", price.amount());
            node.put("isTaxExcluded", true);
            node.put("minQuantity", 0);
            node.put("validFrom", "0001-01-01T00:00:00");
        }
        return variant;
    }

    static ObjectNode category(SeedCollection source, int sortIndex, String created) {
        ObjectNode category = OmniumJson.object();
        category.put("id", source.handle() + "_" + LANGUAGE);
        category.put("categoryId", source.handle());
        category.put("language", LANGUAGE);
        category.put("name", source.title());
        category.putNull("description");
        category.putNull("parentId");
        category.put("isHidden", false);
        category.put("isMainCategory", true);
        category.put("sortIndex", sortIndex);
        category.putNull("productSearchId");
        category.putArray("properties");
        category.put("created", created);
        category.put("modified", created);
        return category;
    }

    static ObjectNode customer(
            SeedCustomer source, String id, String number, @Nullable String marketId, String created) {
        boolean business = source.company() != null;
        ObjectNode customer = OmniumJson.object();
        customer.put("customerId", id);
        customer.put("customerNumber", number);
        customer.put("customerType", business ? "B2B" : "B2C");
        customer.put("email", source.email());
        customer.put("phone", source.phone());
        customer.put("marketId", marketId);
        customer.putArray("storeIds").add(OmniumSeeder.STORE_ID);
        customer.put("preferredLanguage", LANGUAGE);
        customer.put("isInactive", false);
        customer.put("created", created);
        customer.put("modified", created);
        customer.putArray("tags");
        customer.putArray("properties");
        customer.putArray("externalIds");
        customer.putArray("customerGroups");
        if (business) {
            customer.put("name", source.company());
            customer.putNull("taxId");
            ObjectNode contact = customer.putArray("contacts").addObject();
            contact.put("firstName", source.firstName());
            contact.put("lastName", source.lastName());
            contact.put("email", source.email());
            contact.put("phone", source.phone());
        } else {
            customer.put("firstName", source.firstName());
            customer.put("lastName", source.lastName());
            String full = ((source.firstName() == null ? "" : source.firstName()) + " "
                            + (source.lastName() == null ? "" : source.lastName()))
                    .trim();
            customer.put("fullName", full.isEmpty() ? null : full);
            customer.put("isCustomerClubMember", source.registered());
            customer.put("bonusPoints", 0);
        }
        ArrayNode addresses = customer.putArray("addresses");
        for (SeedAddress address : source.addresses()) {
            addresses.add(address(address, source.email()));
        }
        if (addresses.isEmpty()) {
            customer.putNull("address");
        } else {
            customer.set("address", addresses.get(0).deepCopy());
        }
        return customer;
    }

    /** An {@code OmniumAddress} (customer address: no first/last name, with {@code purposes}). */
    static ObjectNode address(SeedAddress address, @Nullable String email) {
        ObjectNode node = OmniumJson.object();
        node.put("name", OmniumOrderWriter.name(address));
        node.put("line1", address.line1());
        node.put("line2", address.line2());
        node.put("postalCode", address.postalCode());
        node.put("city", address.city());
        node.put("state", address.province());
        node.put("countryCode", address.countryCode().toUpperCase(Locale.ROOT));
        node.put("email", email);
        node.put("phone", address.phone());
        node.putArray("purposes").add("Shipping").add("Billing");
        return node;
    }
}
