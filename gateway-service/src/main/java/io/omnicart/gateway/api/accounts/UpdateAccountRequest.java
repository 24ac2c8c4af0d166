package io.omnicart.gateway.api.accounts;

import io.omnicart.core.port.UpdateAccountCommand;
import io.omnicart.gateway.api.validation.CheckedBody;
import io.omnicart.gateway.api.validation.Checks;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Body of {@code PATCH /v1/accounts/{accountId}}: what to change (at least one). */
@Schema(
        name = "UpdateAccountRequest",
        description = "Fields to change; an omitted field stays as it is. New credentials or a new base URL are"
                + " verified with the store before they are stored.")
public record UpdateAccountRequest(
        @Schema(description = "New display name (at most 100 characters).", example = "Staging Store")
        @Size(max = ConnectAccountRequest.MAX_LABEL)
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        @Nullable
        String label,

        @Schema(description = "New API root over https, without /admin.", example = "https://staging.my-store.com")
        @Size(max = ConnectAccountRequest.MAX_URL)
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        @Nullable
        String baseUrl,

        @Schema(description = "New credentials (replace the stored ones).") @Valid @Nullable
        CredentialsBody credentials)
        implements CheckedBody {

    @Override
    public void checkRules(Checks checks) {
        checks.require(
                label != null || baseUrl != null || credentials != null,
                "body",
                "give at least one of label, baseUrl, credentials");
        if (credentials != null) {
            credentials.checkRules(checks, "credentials");
        }
    }

    UpdateAccountCommand toCommand() {
        return new UpdateAccountCommand(
                label == null ? null : label.strip(),
                baseUrl,
                credentials == null ? null : credentials.toCredentials());
    }

    @Override
    public String toString() {
        return "UpdateAccountRequest[label=" + label + ", baseUrl=" + (baseUrl == null ? null : "…") + ", credentials="
                + (credentials == null ? null : "******") + "]";
    }
}
