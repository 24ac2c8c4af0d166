package io.omnicart.gateway.api.accounts;

import io.omnicart.core.model.AuthMethod;
import io.omnicart.core.model.WireValue;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.gateway.api.validation.Checks;
import io.omnicart.gateway.api.validation.QueryValues;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code credentials} of a connect or update body. Write-only: it is never echoed, and {@link #toString()} shows
 * only the type, so a debug log of the decoded body cannot leak a secret.
 */
@Schema(
        name = "AccountCredentials",
        description = "How the gateway signs in to the store; one of api_key {apiKey} (Medusa, recommended),"
                + " email_password {email, password} (Medusa), client_credentials {clientId, clientSecret} (Omnium),"
                + " api_user {username, apiKey} (OpenCart). Write-only: never returned.")
public record CredentialsBody(
        @Schema(
                description = "Credential type.",
                allowableValues = {"api_key", "email_password", "client_credentials", "api_user"})
        @NotBlank
        String type,

        @Schema(
                description = "Medusa secret API key (sk_…) or OpenCart API key.",
                accessMode = Schema.AccessMode.WRITE_ONLY)
        @Size(max = MAX)
        @Nullable
        String apiKey,

        @Schema(description = "Medusa admin e-mail.") @Size(max = MAX) @Nullable
        String email,

        @Schema(description = "Medusa admin password.", accessMode = Schema.AccessMode.WRITE_ONLY)
        @Size(max = MAX)
        @Nullable
        String password,

        @Schema(description = "Omnium client id.") @Size(max = MAX) @Nullable
        String clientId,

        @Schema(description = "Omnium client secret.", accessMode = Schema.AccessMode.WRITE_ONLY)
        @Size(max = MAX)
        @Nullable
        String clientSecret,

        @Schema(description = "OpenCart API user name.") @Size(max = MAX) @Nullable
        String username) {

    static final int MAX = 1024;
    private static final Map<AuthMethod, List<String>> FIELDS = Map.of(
            AuthMethod.API_KEY, List.of("apiKey"),
            AuthMethod.EMAIL_PASSWORD, List.of("email", "password"),
            AuthMethod.CLIENT_CREDENTIALS, List.of("clientId", "clientSecret"),
            AuthMethod.API_USER, List.of("username", "apiKey"));

    /** Records an unknown type and every field the type needs but lacks, under {@code prefix.field}. */
    void checkRules(Checks checks, String prefix) {
        AuthMethod method = method();
        if (type != null
                && !type.isBlank()
                && !checks.require(
                        method != null,
                        prefix + ".type",
                        "unknown value '" + QueryValues.clip(type)
                                + "'; must be one of api_key, email_password, client_credentials, api_user")) {
            return;
        }
        for (String field : method == null ? List.<String>of() : FIELDS.get(method)) {
            String value = value(field);
            checks.require(value != null && !value.isBlank(), prefix + "." + field, "is required for " + type);
        }
    }

    Credentials toCredentials() {
        return switch (method()) {
            case API_KEY -> new Credentials.ApiKey(secret(apiKey));
            case EMAIL_PASSWORD -> new Credentials.EmailPassword(email.strip(), secret(password));
            case CLIENT_CREDENTIALS -> new Credentials.ClientCredentials(clientId.strip(), secret(clientSecret));
            case API_USER -> new Credentials.ApiUser(username.strip(), secret(apiKey));
            case NONE -> new Credentials.None();
        };
    }

    private @Nullable AuthMethod method() {
        AuthMethod method = type == null ? null : WireValue.parse(AuthMethod.class, type);
        return method == AuthMethod.NONE ? null : method;
    }

    private @Nullable String value(String field) {
        return switch (field) {
            case "apiKey" -> apiKey;
            case "email" -> email;
            case "password" -> password;
            case "clientId" -> clientId;
            case "clientSecret" -> clientSecret;
            default -> username;
        };
    }

    private static Secret secret(@Nullable String value) {
        return Secret.of(value == null ? "" : value.strip());
    }

    @Override
    public String toString() {
        return "CredentialsBody[type=" + type + ", ******]";
    }
}
