package io.omnicart.adapter.omnium.mapping;

import io.omnicart.adapter.omnium.model.OmniumProductCategory;
import io.omnicart.core.model.Collection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Omnium product categories (reference §7) as collections: one per {@code categoryId} (Omnium keeps a document per
 * language), titled by its name, with the category id as handle. Pure.
 */
public final class OmniumCollectionMapper {

    private OmniumCollectionMapper() {}

    public static Collection toCollection(OmniumProductCategory category, @Nullable Integer productCount) {
        String id = categoryId(category);
        String name = OmniumAddressMapper.blankToNull(category.name());
        return new Collection(id, name == null ? id : name, id, productCount, null, null);
    }

    /** One category per {@code categoryId}, the first language seen, in Omnium's order. */
    public static List<OmniumProductCategory> distinct(List<OmniumProductCategory> categories) {
        Map<String, OmniumProductCategory> byId = new LinkedHashMap<>();
        for (OmniumProductCategory category : categories) {
            if (category.categoryId() != null || category.id() != null) {
                byId.putIfAbsent(categoryId(category), category);
            }
        }
        return new ArrayList<>(byId.values());
    }

    static String categoryId(OmniumProductCategory category) {
        if (category.categoryId() != null) {
            return category.categoryId();
        }
        String id = category.id() == null ? "" : category.id();
        String language = category.language();
        return language != null && id.endsWith("_" + language)
                ? id.substring(0, id.length() - language.length() - 1)
                : id;
    }
}
