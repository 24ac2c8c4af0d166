package io.omnicart.adapter.medusa.mapping;

import io.omnicart.adapter.medusa.model.MedusaCollection;
import io.omnicart.core.model.Collection;
import java.util.Objects;

/** Medusa product collections (reference §9); the product count comes from {@code products.id} when requested. */
public final class MedusaCollectionMapper {

    private MedusaCollectionMapper() {}

    public static Collection toCollection(MedusaCollection collection) {
        return new Collection(
                collection.id(),
                Objects.requireNonNullElse(collection.title(), ""),
                MedusaAddressMapper.blankToNull(collection.handle()),
                collection.products() == null ? null : collection.products().size(),
                collection.createdAt(),
                collection.updatedAt());
    }
}
