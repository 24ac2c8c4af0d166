package io.omnicart.gateway.api.collections;

import io.omnicart.core.model.UpdateCollectionCommand;
import io.omnicart.gateway.api.validation.CheckedBody;
import io.omnicart.gateway.api.validation.Checks;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Body of {@code PATCH /collections/{collectionId}}: the fields to change (at least one). */
@Schema(name = "UpdateCollectionRequest", description = "Fields to change; an omitted field stays as it is.")
public record UpdateCollectionRequest(
        @Schema(description = "New display title.", example = "Summer Sale 2026")
        @Size(max = CollectionFields.MAX_TITLE)
        @Pattern(regexp = CollectionFields.NOT_BLANK_PATTERN, message = "must not be blank")
        @Nullable
        String title,

        @Schema(description = "New URL handle.", example = "summer-sale-2026")
        @Size(max = CollectionFields.MAX_HANDLE)
        @Pattern(regexp = CollectionFields.HANDLE_PATTERN, message = CollectionFields.HANDLE_MESSAGE)
        @Nullable
        String handle)
        implements CheckedBody {

    @Override
    public void checkRules(Checks checks) {
        checks.require(title != null || handle != null, "body", "give at least one of title, handle");
    }

    UpdateCollectionCommand toCommand() {
        return new UpdateCollectionCommand(title == null ? null : title.strip(), handle);
    }
}
