package io.omnicart.gateway.api.collections;

import io.omnicart.core.model.CreateCollectionCommand;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Body of {@code POST /collections}. */
@Schema(name = "CreateCollectionRequest")
public record CreateCollectionRequest(
        @Schema(description = "Display title.", example = "Summer Sale")
        @NotBlank
        @Size(max = CollectionFields.MAX_TITLE)
        String title,

        @Schema(description = "URL handle; derived from the title by the store when omitted.", example = "summer-sale")
        @Size(max = CollectionFields.MAX_HANDLE)
        @Pattern(regexp = CollectionFields.HANDLE_PATTERN, message = CollectionFields.HANDLE_MESSAGE)
        @Nullable
        String handle) {

    CreateCollectionCommand toCommand() {
        return new CreateCollectionCommand(title.strip(), handle);
    }
}
