package io.omnicart.adapter.demo.data;

import java.util.List;

/** The shop's five collections, by handle, in display order. */
final class DemoCollectionTemplates {

    static final String LAYERS = "base-and-mid-layers";
    static final String OUTERWEAR = "outerwear";
    static final String FOOTWEAR = "trail-footwear";
    static final String PACKS = "packs-and-bags";
    static final String CAMP = "camp-and-accessories";

    private DemoCollectionTemplates() {}

    /** Title and handle of each collection. */
    record CollectionTemplate(String title, String handle) {}

    static List<CollectionTemplate> all() {
        return List.of(
                new CollectionTemplate("Base & Mid Layers", LAYERS),
                new CollectionTemplate("Outerwear", OUTERWEAR),
                new CollectionTemplate("Trail Footwear", FOOTWEAR),
                new CollectionTemplate("Packs & Bags", PACKS),
                new CollectionTemplate("Camp & Accessories", CAMP));
    }
}
