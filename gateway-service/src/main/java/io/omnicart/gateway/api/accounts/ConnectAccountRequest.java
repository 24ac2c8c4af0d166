package io.omnicart.gateway.api.accounts;

import io.omnicart.core.model.Platform;
import io.omnicart.core.model.WireValue;
import io.omnicart.core.port.ConnectAccountCommand;
import io.omnicart.gateway.api.validation.CheckedBody;
import io.omnicart.gateway.api.validation.Checks;
import io.omnicart.gateway.api.validation.QueryValues;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Body of {@code POST /v1/accounts}: connect a store. */
@Schema(name = "ConnectAccountRequest", description = "A store to connect; it is verified before it is stored.")
public record ConnectAccountRequest(
        @Schema(
                description = "The store's platform.",
                allowableValues = {"medusa", "omnium", "opencart"})
        @NotBlank
        String platform,

        @Schema(
                description = "Display name (at most 100 characters); the store's own name when omitted.",
                example = "Production Store")
        @Size(max = MAX_LABEL)
        @Nullable
        String label,

        @Schema(description = "The store's API root over https, without /admin.", example = "https://api.my-store.com")
        @NotBlank
        @Size(max = MAX_URL)
        String baseUrl,

        @Schema(description = "How the gateway signs in to the store.") @NotNull @Valid
        CredentialsBody credentials)
        implements CheckedBody {

    static final int MAX_LABEL = 100;
    static final int MAX_URL = 2048;
    private static final Set<Platform> CONNECTABLE = Set.of(Platform.MEDUSA, Platform.OMNIUM, Platform.OPENCART);

    @Override
    public void checkRules(Checks checks) {
        if (platform != null && !platform.isBlank()) {
            Platform parsed = WireValue.parse(Platform.class, platform);
            checks.require(
                    parsed != null && CONNECTABLE.contains(parsed),
                    "platform",
                    "unknown value '" + QueryValues.clip(platform)
                            + "'; must be one of medusa, omnium, opencart (the demo store is built in)");
        }
        if (credentials != null) {
            credentials.checkRules(checks, "credentials");
        }
    }

    ConnectAccountCommand toCommand() {
        return new ConnectAccountCommand(
                WireValue.parse(Platform.class, platform),
                label == null || label.isBlank() ? null : label.strip(),
                baseUrl,
                credentials.toCredentials());
    }

    /** Platform and label only: the base URL may carry user-info and the credentials are secret. */
    @Override
    public String toString() {
        return "ConnectAccountRequest[platform=" + platform + ", label=" + label + "]";
    }
}
