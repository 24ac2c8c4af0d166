package io.omnicart.adapter.opencart.simulator;

import static io.omnicart.adapter.opencart.simulator.OpenCartRows.row;

import io.omnicart.testkit.simulator.seed.Seed;
import io.omnicart.testkit.simulator.seed.SeedAddress;
import io.omnicart.testkit.simulator.seed.SeedCollection;
import io.omnicart.testkit.simulator.seed.SeedCustomer;
import io.omnicart.testkit.simulator.seed.SeedOption;
import io.omnicart.testkit.simulator.seed.SeedOrder;
import io.omnicart.testkit.simulator.seed.SeedPrice;
import io.omnicart.testkit.simulator.seed.SeedProduct;
import io.omnicart.testkit.simulator.seed.SeedProductStatus;
import io.omnicart.testkit.simulator.seed.SeedRegion;
import io.omnicart.testkit.simulator.seed.SeedVariant;
import io.omnicart.testkit.simulator.seed.SeededStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes a platform-neutral {@link Seed} into an OpenCart 3.0 or 4.0 database the way OpenCart itself would hold it,
 * and answers the ids OpenCart gave together with the seed as stored (reference §7–§8):
 *
 * <ul>
 *   <li>The first region's currency is the default ({@code config_currency}, rate 1); every other currency gets one
 *       rate (the mean ratio of the seed's prices), because OpenCart keeps one price per product and shows it in other
 *       currencies × rate. Order money is stored in the default currency with the order's {@code currency_value}.
 *   <li>Enabled products are {@code published}, all others disabled ({@code draft}); the handle is the model code.
 *   <li>A product with several variants is, on 4.0, a master with variant products (own SKU and stock); on 3.0, which
 *       has no variants, one option whose values are the seed's variants (several options combined as {@code Size /
 *       Color}), each value with its own stock counter and its SKU in the {@code sku} column an option-SKU extension
 *       adds (bridge PROTOCOL.md §4.9) — the only place a 3.0 shop can keep a SKU below the product.
 *   <li>Customers are accounts (staff-created ones too); a seed customer without account and addresses is a guest, who
 *       exists only on orders ({@code customer_id = 0}).
 *   <li>Orders get the status their state implies (open: Pending, Processing once packed, Shipped once shipped;
 *       Complete; Canceled, or Refunded when refunded; archived ones stay Complete or Canceled, OpenCart has no
 *       archive), a history that walks there, the bridge's tracking rows for shipments, and stock taken out for every
 *       order in a processing or complete status, as {@code addOrderHistory()} does.
 *   <li>Times are naive store time at whole seconds; text is HTML-escaped.
 * </ul>
 */
final class OpenCartSeedWriter {

    static final String PREFIX = "oc_";
    private static final List<String> TABLES = List.of(
            "geo_zone",
            "zone_to_geo_zone",
            "seo_url",
            "category",
            "category_description",
            "category_path",
            "product",
            "product_description",
            "product_image",
            "product_to_category",
            "option",
            "option_description",
            "option_value",
            "option_value_description",
            "product_option",
            "product_option_value",
            "order",
            "order_product",
            "order_option",
            "order_total",
            "order_history",
            "customer",
            "address",
            "omnicart_shipment");

    private final OpenCartDatabase database;
    private final boolean v40;
    private final Clock clock;

    OpenCartSeedWriter(OpenCartDatabase database, boolean v40, Clock clock) {
        this.database = database;
        this.v40 = v40;
        this.clock = clock;
    }

    /** Empties every table a seed writes (settings, currencies, countries and API users stay). */
    void clear() {
        try (Connection db = database.connect()) {
            OpenCartRows rows = new OpenCartRows(db, PREFIX);
            prepare(rows);
            for (String table : TABLES) {
                rows.execute("TRUNCATE TABLE " + rows.table(table));
            }
            if (rows.is41()) {
                rows.execute("TRUNCATE TABLE " + rows.table("product_code"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("clearing the OpenCart store failed: " + e.getMessage(), e);
        }
    }

    SeededStore write(Seed seed) {
        clear();
        try (Connection db = database.connect()) {
            OpenCartRows rows = new OpenCartRows(db, PREFIX);
            Context context = new Context(seed, rows, storeZone(rows), rates(seed), clock.instant());
            settings(context);
            Map<String, Long> categories = categories(context);
            Catalog catalog = new Catalog();
            Map<String, Integer> taken = OpenCartOrderSeeder.takenUnits(seed);
            for (SeedProduct product : seed.products()) {
                product(context, product, categories, catalog, taken);
            }
            Map<String, Long> customers = customers(context);
            SeededStore.Builder ids = SeededStore.builder(stored(context, customers.keySet()), "0", "0");
            categories.forEach((handle, id) -> ids.collection(handle, Long.toString(id)));
            catalog.products.forEach(ids::product);
            catalog.variants.forEach((sku, id) -> ids.variant(sku, id).inventoryItem(sku, id));
            customers.forEach((email, id) -> ids.customer(email, Long.toString(id)));
            new OpenCartOrderSeeder(context, catalog, customers, v40).write(ids);
            return ids.build();
        } catch (SQLException e) {
            throw new IllegalStateException("seeding the OpenCart store failed: " + e.getMessage(), e);
        }
    }

    /** The bridge's shipment table (created on first use) and, on 3.0, an option-SKU extension's column. */
    private void prepare(OpenCartRows rows) throws SQLException {
        rows.execute("CREATE TABLE IF NOT EXISTS {p}omnicart_shipment (`shipment_id` INT NOT NULL AUTO_INCREMENT, "
                + "`order_id` INT NOT NULL, `order_history_id` INT NULL, `tracking_number` VARCHAR(128) NOT NULL, "
                + "`carrier` VARCHAR(64) NULL, `date_added` DATETIME NOT NULL, PRIMARY KEY (`shipment_id`), "
                + "KEY `order_id` (`order_id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
        if (!v40
                && rows.value(
                                "SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                                        + "AND TABLE_NAME = ? AND COLUMN_NAME = 'sku'",
                                PREFIX + "product_option_value")
                        == null) {
            rows.execute("ALTER TABLE {p}product_option_value ADD COLUMN `sku` VARCHAR(64) NOT NULL DEFAULT ''");
        }
    }

    private void settings(Context context) throws SQLException {
        OpenCartRows rows = context.rows;
        setting(rows, "config_name", escape(context.seed.storeName()));
        setting(rows, "config_currency", context.defaultCurrency());
        rows.execute("DELETE FROM {p}currency");
        for (SeedRegion region : context.seed.regions()) {
            String code = region.currency().toUpperCase(Locale.ROOT);
            if (rows.value("SELECT 1 FROM {p}currency WHERE code = ?", code) != null) {
                continue;
            }
            Currency currency = Currency.getInstance(code);
            rows.insert(
                    "currency",
                    row(
                            "title",
                            escape(currency.getDisplayName(Locale.ENGLISH)),
                            "code",
                            code,
                            "symbol_left",
                            "",
                            "symbol_right",
                            "",
                            "decimal_place",
                            Integer.toString(currency.getDefaultFractionDigits()),
                            "value",
                            context.rate(code),
                            "status",
                            1,
                            "date_modified",
                            context.storeTime(context.now)));
        }
        geoZones(context);
    }

    /** Each region of the seed is a geo zone covering its countries (OpenCart keeps no currency per area). */
    private static void geoZones(Context context) throws SQLException {
        LocalDateTime at = context.storeTime(context.now.minus(Duration.ofDays(90)));
        for (SeedRegion region : context.seed.regions()) {
            long zone = context.rows.insert(
                    "geo_zone",
                    row(
                            "name",
                            escape(region.name()),
                            "description",
                            escape(region.name()),
                            "date_added",
                            at,
                            "date_modified",
                            at));
            for (String country : region.countries()) {
                context.rows.insert(
                        "zone_to_geo_zone",
                        row(
                                "country_id",
                                context.countryId(country),
                                "zone_id",
                                0,
                                "geo_zone_id",
                                zone,
                                "date_added",
                                at,
                                "date_modified",
                                at));
            }
        }
    }

    /** The product's SEO keyword in the default store and language: its handle (3.0 by query, 4.x by key/value). */
    private void seoKeyword(Context context, long productId, String handle) throws SQLException {
        context.rows.insert(
                "seo_url",
                v40
                        ? row(
                                "store_id",
                                0,
                                "language_id",
                                1,
                                "key",
                                "product_id",
                                "value",
                                Long.toString(productId),
                                "keyword",
                                handle,
                                "sort_order",
                                1)
                        : row("store_id", 0, "language_id", 1, "query", "product_id=" + productId, "keyword", handle));
    }

    private static void setting(OpenCartRows rows, String key, String value) throws SQLException {
        if (rows.value("SELECT 1 FROM {p}setting WHERE store_id = 0 AND `key` = ?", key) == null) {
            rows.insert("setting", row("store_id", 0, "code", "config", "key", key, "value", value, "serialized", 0));
        } else {
            rows.update("UPDATE {p}setting SET value = ? WHERE store_id = 0 AND `key` = ?", value, key);
        }
    }

    private Map<String, Long> categories(Context context) throws SQLException {
        Map<String, Long> ids = new LinkedHashMap<>();
        int sort = 0;
        for (SeedCollection collection : context.seed.collections()) {
            LocalDateTime at = context.storeTime(context.now.minus(Duration.ofDays(90)));
            long id = context.rows.insert(
                    "category",
                    row(
                            "image",
                            "",
                            "parent_id",
                            0,
                            "top",
                            0,
                            "column",
                            1,
                            "sort_order",
                            sort++,
                            "status",
                            1,
                            "date_added",
                            at,
                            "date_modified",
                            at));
            context.rows.insert(
                    "category_description",
                    row(
                            "category_id",
                            id,
                            "language_id",
                            1,
                            "name",
                            escape(collection.title()),
                            "description",
                            "",
                            "meta_title",
                            escape(collection.title()),
                            "meta_description",
                            "",
                            "meta_keyword",
                            ""));
            context.rows.insert("category_path", row("category_id", id, "path_id", id, "level", 0));
            ids.put(collection.handle(), id);
        }
        return ids;
    }

    private void product(
            Context context,
            SeedProduct product,
            Map<String, Long> categories,
            Catalog catalog,
            Map<String, Integer> taken)
            throws SQLException {
        List<SeedVariant> variants = product.variants();
        SeedVariant first = variants.getFirst();
        BigDecimal price = first.price(context.defaultCurrency()).amount();
        boolean single = variants.size() == 1;
        boolean tracked = variants.stream().anyMatch(v -> v.stock() != null);
        int quantity = variants.stream()
                .mapToInt(v -> v.stock() == null ? 0 : v.stock() - taken.getOrDefault(v.sku(), 0))
                .sum();
        long id = productRow(context, product, single ? first.sku() : "", quantity, tracked, price, 0, "");
        catalog.products.put(product.handle(), Long.toString(id));
        seoKeyword(context, id, product.handle());
        if (product.collectionHandle() != null) {
            Long category = categories.get(product.collectionHandle());
            if (category == null) {
                throw new IllegalArgumentException("no collection " + product.collectionHandle() + " in the seed");
            }
            context.rows.insert("product_to_category", row("product_id", id, "category_id", category));
        }
        images(context, product, id);
        if (single) {
            catalog.variants.put(first.sku(), Long.toString(id));
            catalog.lines.put(first.sku(), new Line(product, id, 0, Map.of()));
            options(context, id, product.options(), null, taken);
        } else if (v40) {
            Map<String, Map<String, long[]>> values = options(context, id, product.options(), null, taken);
            for (SeedVariant variant : variants) {
                Map<String, long[]> chosen = new LinkedHashMap<>();
                for (SeedOption option : product.options()) {
                    chosen.put(
                            option.title(),
                            values.get(option.title()).get(variant.options().get(option.title())));
                }
                String json = chosen.values().stream()
                        .map(pair -> "\"" + pair[0] + "\":\"" + pair[1] + "\"")
                        .collect(Collectors.joining(",", "{", "}"));
                int stock = variant.stock() == null ? 0 : variant.stock() - taken.getOrDefault(variant.sku(), 0);
                long variantId = productRow(
                        context,
                        product,
                        variant.sku(),
                        stock,
                        variant.stock() != null,
                        variant.price(context.defaultCurrency()).amount(),
                        id,
                        json);
                catalog.variants.put(variant.sku(), Long.toString(variantId));
                catalog.lines.put(variant.sku(), new Line(product, variantId, id, chosen));
            }
        } else {
            SeedOption combined = combined(product);
            Map<String, Map<String, long[]>> values = options(context, id, List.of(combined), product, taken);
            for (SeedVariant variant : variants) {
                long[] pair = values.get(combined.title()).get(combinedValue(product, variant));
                catalog.variants.put(variant.sku(), id + ":" + pair[1]);
                catalog.lines.put(variant.sku(), new Line(product, id, 0, Map.of(combined.title(), pair)));
            }
        }
    }

    private long productRow(
            Context context,
            SeedProduct product,
            String sku,
            int quantity,
            boolean tracked,
            BigDecimal price,
            long masterId,
            String variantJson)
            throws SQLException {
        LocalDateTime added = context.storeTime(context.now.minus(Duration.ofDays(60)));
        String image = product.thumbnail() != null
                ? imagePath(product.thumbnail())
                : product.images().isEmpty() ? "" : imagePath(product.images().getFirst());
        Map<String, Object> row = row(
                "model",
                product.handle(),
                "sku",
                sku,
                "upc",
                "",
                "ean",
                "",
                "jan",
                "",
                "isbn",
                "",
                "mpn",
                "",
                "location",
                "",
                "quantity",
                quantity,
                "stock_status_id",
                7,
                "image",
                image,
                "manufacturer_id",
                0,
                "shipping",
                1,
                "price",
                price,
                "points",
                0,
                "tax_class_id",
                0,
                "date_available",
                added.toLocalDate(),
                "weight",
                0,
                "weight_class_id",
                1,
                "length",
                0,
                "width",
                0,
                "height",
                0,
                "length_class_id",
                1,
                "subtract",
                tracked ? 1 : 0,
                "minimum",
                1,
                "sort_order",
                0,
                "status",
                product.status() == SeedProductStatus.PUBLISHED ? 1 : 0,
                "date_added",
                added,
                "date_modified",
                added);
        if (v40) {
            row.put("master_id", masterId);
            row.put("variant", variantJson);
            row.put("override", "");
            row.put("rating", 0);
        }
        long id = context.rows.insert("product", row);
        context.rows.insert(
                "product_description",
                row(
                        "product_id",
                        id,
                        "language_id",
                        1,
                        "name",
                        escape(product.title()),
                        "description",
                        escape(product.description() == null ? "" : product.description()),
                        "tag",
                        "",
                        "meta_title",
                        escape(product.title()),
                        "meta_description",
                        "",
                        "meta_keyword",
                        ""));
        return id;
    }

    private static void images(Context context, SeedProduct product, long id) throws SQLException {
        List<String> images = product.thumbnail() == null && !product.images().isEmpty()
                ? product.images().subList(1, product.images().size())
                : product.images();
        int sort = 0;
        for (String image : images) {
            context.rows.insert(
                    "product_image", row("product_id", id, "image", imagePath(image), "sort_order", sort++));
        }
    }

    /**
     * The product's options with their values: title → value name → {product_option_id, product_option_value_id}. A
     * value names a variant (3.0, {@code combinedFrom} set) and then carries its stock, price difference and SKU;
     * otherwise it keeps no stock of its own.
     */
    private Map<String, Map<String, long[]>> options(
            Context context,
            long productId,
            List<SeedOption> options,
            @Nullable SeedProduct combinedFrom,
            Map<String, Integer> taken)
            throws SQLException {
        Map<String, Map<String, long[]>> result = new LinkedHashMap<>();
        for (SeedOption option : options) {
            long optionId = context.option(option.title());
            long productOptionId = context.rows.insert(
                    "product_option", row("product_id", productId, "option_id", optionId, "value", "", "required", 1));
            Map<String, long[]> values = new LinkedHashMap<>();
            for (String value : option.values()) {
                long optionValueId = context.optionValue(optionId, value);
                Map<String, Object> row = row(
                        "product_option_id",
                        productOptionId,
                        "product_id",
                        productId,
                        "option_id",
                        optionId,
                        "option_value_id",
                        optionValueId,
                        "quantity",
                        0,
                        "subtract",
                        0,
                        "price",
                        BigDecimal.ZERO,
                        "price_prefix",
                        "+",
                        "points",
                        0,
                        "points_prefix",
                        "+",
                        "weight",
                        0,
                        "weight_prefix",
                        "+");
                if (combinedFrom != null) {
                    SeedVariant variant = variantNamed(combinedFrom, value);
                    BigDecimal base = combinedFrom
                            .variants()
                            .getFirst()
                            .price(context.defaultCurrency())
                            .amount();
                    BigDecimal difference =
                            variant.price(context.defaultCurrency()).amount().subtract(base);
                    row.put(
                            "quantity",
                            variant.stock() == null ? 0 : variant.stock() - taken.getOrDefault(variant.sku(), 0));
                    row.put("subtract", variant.stock() == null ? 0 : 1);
                    row.put("price", difference.abs());
                    row.put("price_prefix", difference.signum() < 0 ? "-" : "+");
                    row.put("sku", variant.sku());
                }
                long valueId = context.rows.insert("product_option_value", row);
                values.put(value, new long[] {productOptionId, valueId});
            }
            result.put(option.title(), values);
        }
        return result;
    }

    /** On 3.0 a product's variants become the values of one option; several options are combined by name. */
    static SeedOption combined(SeedProduct product) {
        String title = product.options().stream().map(SeedOption::title).collect(Collectors.joining(" / "));
        List<String> values = product.variants().stream()
                .map(variant -> combinedValue(product, variant))
                .toList();
        return new SeedOption(title, values);
    }

    static String combinedValue(SeedProduct product, SeedVariant variant) {
        return product.options().stream()
                .map(option -> variant.options().get(option.title()))
                .collect(Collectors.joining(" / "));
    }

    private static SeedVariant variantNamed(SeedProduct product, String value) {
        return product.variants().stream()
                .filter(variant -> combinedValue(product, variant).equals(value))
                .findFirst()
                .orElseThrow();
    }

    private Map<String, Long> customers(Context context) throws SQLException {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (SeedCustomer customer : context.seed.customers()) {
            if (!customer.registered() && customer.addresses().isEmpty()) {
                continue;
            }
            Map<String, Object> row = row(
                    "customer_group_id",
                    1,
                    "store_id",
                    0,
                    "language_id",
                    1,
                    "firstname",
                    escape(text(customer.firstName())),
                    "lastname",
                    escape(text(customer.lastName())),
                    "email",
                    customer.email(),
                    "telephone",
                    escape(text(customer.phone())),
                    "password",
                    "",
                    "custom_field",
                    "",
                    "newsletter",
                    0,
                    "ip",
                    "",
                    "status",
                    1,
                    "safe",
                    0,
                    "token",
                    "",
                    "code",
                    "",
                    "date_added",
                    context.storeTime(context.now.minus(Duration.ofDays(60))));
            if (!v40) {
                row.put("fax", "");
                row.put("salt", "");
                row.put("address_id", 0);
            }
            long id = context.rows.insert("customer", row);
            boolean first = true;
            for (SeedAddress address : customer.addresses()) {
                SeedAddress withCompany = address.company() == null && customer.company() != null && first
                        ? new SeedAddress(
                                address.firstName(),
                                address.lastName(),
                                customer.company(),
                                address.line1(),
                                address.line2(),
                                address.city(),
                                address.province(),
                                address.postalCode(),
                                address.countryCode(),
                                address.phone())
                        : address;
                Map<String, Object> addressRow = row(
                        "customer_id", id,
                        "firstname", escape(text(withCompany.firstName())),
                        "lastname", escape(text(withCompany.lastName())),
                        "company", escape(text(withCompany.company())),
                        "address_1", escape(withCompany.line1()),
                        "address_2", escape(text(withCompany.line2())),
                        "city", escape(withCompany.city()),
                        "postcode", withCompany.postalCode(),
                        "country_id", context.countryId(withCompany.countryCode()),
                        "zone_id", context.zoneId(withCompany.countryCode(), withCompany.province()),
                        "custom_field", "");
                if (v40) {
                    addressRow.put("default", first ? 1 : 0);
                }
                long addressId = context.rows.insert("address", addressRow);
                if (first && !v40) {
                    context.rows.update("UPDATE {p}customer SET address_id = ? WHERE customer_id = ?", addressId, id);
                }
                first = false;
            }
            ids.put(customer.email().toLowerCase(Locale.ROOT), id);
        }
        return ids;
    }

    /** The seed as OpenCart holds it; see the class comment for what changes. */
    private Seed stored(Context context, Set<String> accounts) {
        List<SeedProduct> products = context.seed.products().stream()
                .map(product -> storedProduct(context, product))
                .toList();
        List<SeedCustomer> customers = context.seed.customers().stream()
                .filter(customer -> accounts.contains(customer.email().toLowerCase(Locale.ROOT)))
                .map(customer -> new SeedCustomer(
                        customer.email(),
                        customer.firstName(),
                        customer.lastName(),
                        customer.phone(),
                        customer.company(),
                        true,
                        customer.addresses()))
                .toList();
        List<SeedOrder> orders = context.seed.orders().stream()
                .map(order -> OpenCartOrderSeeder.stored(context, order, accounts))
                .toList();
        return context.seed
                .withProducts(products)
                .withCustomers(customers)
                .withOrders(orders)
                .withDraftOrders(List.of());
    }

    private SeedProduct storedProduct(Context context, SeedProduct product) {
        SeedProductStatus status =
                product.status() == SeedProductStatus.PUBLISHED ? SeedProductStatus.PUBLISHED : SeedProductStatus.DRAFT;
        boolean combine = !v40 && product.variants().size() > 1;
        SeedOption combined = combine ? combined(product) : null;
        List<SeedVariant> variants = product.variants().stream()
                .map(variant -> new SeedVariant(
                        variant.sku(),
                        variant.title(),
                        variant.barcode(),
                        combine ? Map.of(combined.title(), combinedValue(product, variant)) : variant.options(),
                        context.storedPrices(variant),
                        variant.stock()))
                .toList();
        return new SeedProduct(
                product.handle(),
                product.title(),
                product.subtitle(),
                product.description(),
                status,
                product.thumbnail(),
                product.images(),
                product.collectionHandle(),
                combine ? List.of(combined) : product.options(),
                variants);
    }

    private static ZoneId storeZone(OpenCartRows rows) throws SQLException {
        Object zone = rows.value("SELECT value FROM {p}setting WHERE store_id = 0 AND `key` = 'config_timezone'");
        return zone == null || zone.toString().isBlank() ? ZoneId.of("UTC") : ZoneId.of(zone.toString());
    }

    /**
     * One rate per non-default currency: the mean ratio of the seed's prices in it to the default ones, to two decimals.
     * With amounts in cents that makes every converted amount exact at four decimals, so the bridge's metrics (which
     * round each order to four decimals before the adapter rounds to cents) and an order's own total agree.
     */
    private static Map<String, BigDecimal> rates(Seed seed) {
        String main = seed.regions().getFirst().currency().toUpperCase(Locale.ROOT);
        Map<String, BigDecimal> rates = new HashMap<>();
        rates.put(main, BigDecimal.ONE);
        for (SeedRegion region : seed.regions()) {
            String code = region.currency().toUpperCase(Locale.ROOT);
            if (rates.containsKey(code)) {
                continue;
            }
            List<BigDecimal> ratios = new ArrayList<>();
            for (SeedProduct product : seed.products()) {
                for (SeedVariant variant : product.variants()) {
                    BigDecimal base = find(variant, main);
                    BigDecimal other = find(variant, code);
                    if (base != null && other != null && base.signum() > 0) {
                        ratios.add(other.divide(base, 8, RoundingMode.HALF_UP));
                    }
                }
            }
            BigDecimal mean = ratios.isEmpty()
                    ? BigDecimal.ONE
                    : ratios.stream()
                            .reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(ratios.size()), 2, RoundingMode.HALF_UP);
            rates.put(code, mean);
        }
        return rates;
    }

    private static @Nullable BigDecimal find(SeedVariant variant, String currency) {
        return variant.prices().stream()
                .filter(price -> price.currency().equalsIgnoreCase(currency))
                .map(SeedPrice::amount)
                .findFirst()
                .orElse(null);
    }

    static String imagePath(String url) {
        return "catalog/omnicart/" + url.substring(url.lastIndexOf('/') + 1);
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    static String escape(String text) {
        return OpenCartStockAndHistory.escape(text);
    }

    /** What a product's variant is on an order line: the product row, its 4.0 master, and the chosen option values. */
    record Line(SeedProduct product, long productId, long masterId, Map<String, long[]> options) {}

    /** Ids of the written catalog: handle → product id, SKU → variant id, SKU → what an order line refers to. */
    static final class Catalog {
        final Map<String, String> products = new LinkedHashMap<>();
        final Map<String, String> variants = new LinkedHashMap<>();
        final Map<String, Line> lines = new LinkedHashMap<>();
    }

    /** Shared state of one seeding: the seed, the database, the store's time zone and currency rates. */
    static final class Context {
        final Seed seed;
        final OpenCartRows rows;
        final ZoneId zone;
        final Map<String, BigDecimal> rates;
        final Instant now;
        private final Map<String, Long> options = new HashMap<>();
        private final Map<String, Long> optionValues = new HashMap<>();

        Context(Seed seed, OpenCartRows rows, ZoneId zone, Map<String, BigDecimal> rates, Instant now) {
            this.seed = seed;
            this.rows = rows;
            this.zone = zone;
            this.rates = rates;
            this.now = now;
        }

        String defaultCurrency() {
            return seed.regions().getFirst().currency().toUpperCase(Locale.ROOT);
        }

        BigDecimal rate(String currency) {
            BigDecimal rate = rates.get(currency.toUpperCase(Locale.ROOT));
            if (rate == null) {
                throw new IllegalArgumentException("no region with currency " + currency + " in the seed");
            }
            return rate;
        }

        /** What the storefront shows: the default price, and × rate in every other currency. */
        List<SeedPrice> storedPrices(SeedVariant variant) {
            BigDecimal base = variant.price(defaultCurrency()).amount();
            return variant.prices().stream()
                    .map(price -> new SeedPrice(price.currency(), shown(base, price.currency())))
                    .toList();
        }

        /** An amount in the default currency as shown in {@code currency}. */
        BigDecimal shown(BigDecimal amount, String currency) {
            int digits = Currency.getInstance(currency.toUpperCase(Locale.ROOT)).getDefaultFractionDigits();
            return amount.multiply(rate(currency)).setScale(digits, RoundingMode.HALF_UP);
        }

        LocalDateTime storeTime(Instant instant) {
            return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), zone);
        }

        long option(String title) throws SQLException {
            Long known = options.get(title);
            if (known != null) {
                return known;
            }
            long id = rows.insert("option", row("type", "select", "sort_order", options.size()));
            rows.insert("option_description", row("option_id", id, "language_id", 1, "name", escape(title)));
            options.put(title, id);
            return id;
        }

        long optionValue(long optionId, String value) throws SQLException {
            String key = optionId + "\u0000" + value;
            Long known = optionValues.get(key);
            if (known != null) {
                return known;
            }
            long id = rows.insert(
                    "option_value", row("option_id", optionId, "image", "", "sort_order", optionValues.size()));
            rows.insert(
                    "option_value_description",
                    row("option_value_id", id, "language_id", 1, "option_id", optionId, "name", escape(value)));
            optionValues.put(key, id);
            return id;
        }

        /** The country's id, adding the country when the store does not list it yet (every store lists all). */
        long countryId(String code) throws SQLException {
            String iso = code.toUpperCase(Locale.ROOT);
            Object id = rows.value("SELECT country_id FROM {p}country WHERE iso_code_2 = ?", iso);
            if (id != null) {
                return ((Number) id).longValue();
            }
            Locale country = Locale.of("", iso);
            Map<String, Object> row = row(
                    "name",
                    escape(country.getDisplayCountry(Locale.ENGLISH)),
                    "iso_code_2",
                    iso,
                    "iso_code_3",
                    country.getISO3Country(),
                    "postcode_required",
                    0,
                    "status",
                    1);
            Object format = rows.value("SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                    + "AND TABLE_NAME = '" + PREFIX + "country' AND COLUMN_NAME = 'address_format_id'");
            row.put(format != null ? "address_format_id" : "address_format", format != null ? 0 : "");
            return rows.insert("country", row);
        }

        long zoneId(String countryCode, @Nullable String province) throws SQLException {
            if (province == null || province.isBlank()) {
                return 0;
            }
            long country = countryId(countryCode);
            Object id = rows.value("SELECT zone_id FROM {p}zone WHERE country_id = ? AND code = ?", country, province);
            if (id != null) {
                return ((Number) id).longValue();
            }
            return rows.insert(
                    "zone", row("country_id", country, "name", escape(province), "code", province, "status", 1));
        }
    }
}
