package io.omnicart.testkit.simulator.medusa.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A product with its options, images and variants. Status is Medusa's lower-case spelling. */
public final class ProductState {

    public final String id;
    public final String title;
    public final @Nullable String subtitle;
    public final @Nullable String description;
    public final String handle;
    public final String status;
    public final @Nullable String thumbnail;
    public @Nullable String collectionId;
    public final List<Image> images = new ArrayList<>();
    public final List<OptionState> options = new ArrayList<>();
    public final List<VariantState> variants = new ArrayList<>();
    public final Instant createdAt;
    public Instant updatedAt;

    public ProductState(
            String id,
            String title,
            @Nullable String subtitle,
            @Nullable String description,
            String handle,
            String status,
            @Nullable String thumbnail,
            Instant createdAt) {
        this.id = id;
        this.title = title;
        this.subtitle = subtitle;
        this.description = description;
        this.handle = handle;
        this.status = status;
        this.thumbnail = thumbnail;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public Optional<OptionValue> optionValue(String valueId) {
        return options.stream()
                .flatMap(option -> option.values().stream())
                .filter(value -> value.id().equals(valueId))
                .findFirst();
    }

    public Optional<OptionState> option(String optionId) {
        return options.stream().filter(option -> option.id().equals(optionId)).findFirst();
    }

    /** A product image ({@code img_…}). */
    public record Image(String id, String url, int rank) {}

    /** A product option ({@code opt_…}) with its values. */
    public record OptionState(String id, String title, List<OptionValue> values) {}

    /** An option value ({@code optval_…}). */
    public record OptionValue(String id, String value, String optionId) {}
}
