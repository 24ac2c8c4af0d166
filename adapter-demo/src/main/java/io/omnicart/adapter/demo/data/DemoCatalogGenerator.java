package io.omnicart.adapter.demo.data;

import io.omnicart.adapter.demo.data.DemoCollectionTemplates.CollectionTemplate;
import io.omnicart.adapter.demo.data.ProductTemplate.OptionSpec;
import io.omnicart.core.model.Collection;
import io.omnicart.core.model.CollectionRef;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.ProductOption;
import io.omnicart.core.model.ProductStatus;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Collections and the 30 products of Northwind Outfitters, from the templates. */
final class DemoCatalogGenerator {

    private static final long SEED = 0x4E57_C0A1L;
    private static final String IMAGES = "https://demo.omnicart.dev/images/";

    private final DemoTime time;
    private final Random random = new Random(SEED);
    private final DemoVariantFactory variants;

    DemoCatalogGenerator(DemoTime time) {
        this.time = time;
        this.variants = new DemoVariantFactory(time, random);
    }

    static List<ProductTemplate> templates() {
        List<ProductTemplate> templates = new ArrayList<>(DemoApparelTemplates.all());
        templates.addAll(DemoGearTemplates.all());
        return templates;
    }

    DemoCatalog generate() {
        Map<String, Collection> collections = collections();
        List<ProductTemplate> templates = templates();
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < templates.size(); i++) {
            products.add(product(i, templates.get(i), collections));
        }
        products.sort(Comparator.comparing(Product::createdAt).reversed().thenComparing(Product::id));
        return new DemoCatalog(counted(collections, products), products);
    }

    private Map<String, Collection> collections() {
        Map<String, Collection> byHandle = new LinkedHashMap<>();
        for (CollectionTemplate template : DemoCollectionTemplates.all()) {
            OffsetDateTime created = time.daysAgo(180 + random.nextInt(20), random);
            OffsetDateTime updated = created.plusDays(1 + random.nextInt(10));
            String id = time.id("pcol", created, random);
            byHandle.put(
                    template.handle(), new Collection(id, template.title(), template.handle(), 0, created, updated));
        }
        return byHandle;
    }

    private Product product(int index, ProductTemplate template, Map<String, Collection> collections) {
        boolean live = template.status() == ProductStatus.PUBLISHED;
        OffsetDateTime created =
                live ? time.daysAgo(125 + random.nextInt(50), random) : time.daysAgo(3 + random.nextInt(25), random);
        Collection collection =
                template.collectionHandle() == null ? null : collections.get(template.collectionHandle());
        return new Product(
                time.id("prod", created, random),
                template.title(),
                template.handle(),
                template.status(),
                template.description(),
                IMAGES + template.handle() + ".jpg",
                collection == null ? null : new CollectionRef(collection.id(), collection.title()),
                options(template, created),
                variants.variants(index, template, created),
                created,
                time.between(created, random));
    }

    private List<ProductOption> options(ProductTemplate template, OffsetDateTime created) {
        List<ProductOption> options = new ArrayList<>();
        for (OptionSpec spec : template.options()) {
            options.add(new ProductOption(time.id("opt", created, random), spec.title(), spec.values()));
        }
        return options;
    }

    private static List<Collection> counted(Map<String, Collection> collections, List<Product> products) {
        return collections.values().stream()
                .map(collection -> withCount(collection, products))
                .toList();
    }

    private static Collection withCount(Collection collection, List<Product> products) {
        long count = products.stream()
                .filter(product -> product.collection() != null
                        && product.collection().id().equals(collection.id()))
                .count();
        return new Collection(
                collection.id(),
                collection.title(),
                collection.handle(),
                (int) count,
                collection.createdAt(),
                collection.updatedAt());
    }
}
