package io.omnicart.gateway.api.collections;

import io.omnicart.core.model.CollectionProductsCommand;
import io.omnicart.gateway.api.validation.CheckedBody;
import io.omnicart.gateway.api.validation.Checks;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Body of {@code POST /collections/{collectionId}/products}: product ids to add and to remove (at least one). */
@Schema(name = "CollectionProductsRequest")
public record CollectionProductsRequest(
        @ArraySchema(
                arraySchema = @Schema(description = "Product ids to add (at most 500)."),
                schema = @Schema(example = "prod_01HQ3W3V9Q"))
        @Size(max = MAX_IDS)
        @Nullable
        List<@NotNull @Pattern(regexp = Checks.ID_PATTERN, message = Checks.ID_MESSAGE) String> add,

        @ArraySchema(
                arraySchema = @Schema(description = "Product ids to remove (at most 500)."),
                schema = @Schema(example = "prod_01HQ3W4K2M"))
        @Size(max = MAX_IDS)
        @Nullable
        List<@NotNull @Pattern(regexp = Checks.ID_PATTERN, message = Checks.ID_MESSAGE) String> remove)
        implements CheckedBody {

    static final int MAX_IDS = 500;

    @Override
    public void checkRules(Checks checks) {
        checks.require(size(add) + size(remove) > 0, "body", "give at least one product id in add or remove");
    }

    CollectionProductsCommand toCommand() {
        return new CollectionProductsCommand(ids(add), ids(remove));
    }

    private static int size(@Nullable List<String> ids) {
        return ids == null ? 0 : ids.size();
    }

    private static List<String> ids(@Nullable List<String> ids) {
        return ids == null
                ? List.of()
                : ids.stream().filter(Objects::nonNull).distinct().toList();
    }
}
