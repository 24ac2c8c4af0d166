package io.omnicart.credential.domain;

import io.omnicart.core.error.FieldError;
import io.omnicart.core.error.InvalidRequest;
import io.omnicart.core.model.AuthMethod;
import io.omnicart.core.model.Platform;
import io.omnicart.core.port.ConnectAccountCommand;
import io.omnicart.core.port.UpdateAccountCommand;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a connect or update body must satisfy before any network call: a connectable platform, a label of at most 100
 * characters, and credentials of a type the platform accepts with every field present (Medusa API keys start {@code
 * sk_}). Errors name the fields as the API spells them and never quote a value.
 */
final class AccountRules {

    static final int MAX_LABEL = 100;
    private static final int MAX_FIELD = 1024;
    private static final Map<Platform, Set<AuthMethod>> METHODS = Map.of(
            Platform.MEDUSA, Set.of(AuthMethod.API_KEY, AuthMethod.EMAIL_PASSWORD),
            Platform.OMNIUM, Set.of(AuthMethod.CLIENT_CREDENTIALS),
            Platform.OPENCART, Set.of(AuthMethod.API_USER));

    private AccountRules() {}

    static void checkConnect(ConnectAccountCommand command) {
        List<FieldError> errors = new ArrayList<>();
        if (!METHODS.containsKey(command.platform())) {
            errors.add(new FieldError("platform", "must be one of medusa, omnium, opencart (demo is built in)"));
        }
        label(command.label(), false, errors);
        if (command.baseUrl() == null || command.baseUrl().isBlank()) {
            errors.add(new FieldError("baseUrl", "is required"));
        }
        credentials(command.platform(), command.credentials(), errors);
        throwIfAny(errors);
    }

    static void checkUpdate(Platform platform, UpdateAccountCommand command) {
        List<FieldError> errors = new ArrayList<>();
        if (command.isEmpty()) {
            errors.add(new FieldError("body", "send at least one of label, baseUrl, credentials"));
        }
        label(command.label(), true, errors);
        if (command.baseUrl() != null && command.baseUrl().isBlank()) {
            errors.add(new FieldError("baseUrl", "must not be blank"));
        }
        if (command.credentials() != null) {
            credentials(platform, command.credentials(), errors);
        }
        throwIfAny(errors);
    }

    private static void label(@Nullable String label, boolean present, List<FieldError> errors) {
        if (label != null && label.length() > MAX_LABEL) {
            errors.add(new FieldError("label", "must be at most " + MAX_LABEL + " characters"));
        } else if (present && label != null && label.isBlank()) {
            errors.add(new FieldError("label", "must not be blank"));
        }
    }

    private static void credentials(Platform platform, @Nullable Credentials credentials, List<FieldError> errors) {
        if (credentials == null) {
            errors.add(new FieldError("credentials", "is required"));
            return;
        }
        Set<AuthMethod> accepted = METHODS.get(platform);
        if (accepted != null && !accepted.contains(credentials.method())) {
            errors.add(new FieldError("credentials.type", platform.wire() + " accepts " + names(accepted)));
            return;
        }
        switch (credentials) {
            case Credentials.ApiKey c -> {
                secret("credentials.apiKey", c.apiKey(), errors);
                if (!c.apiKey().isBlank() && !c.apiKey().reveal().startsWith("sk_")) {
                    errors.add(new FieldError("credentials.apiKey", "must be a Medusa secret API key (sk_…)"));
                }
            }
            case Credentials.EmailPassword c -> {
                text("credentials.email", c.email(), errors);
                secret("credentials.password", c.password(), errors);
            }
            case Credentials.ClientCredentials c -> {
                text("credentials.clientId", c.clientId(), errors);
                secret("credentials.clientSecret", c.clientSecret(), errors);
            }
            case Credentials.ApiUser c -> {
                text("credentials.username", c.username(), errors);
                secret("credentials.apiKey", c.apiKey(), errors);
            }
            case Credentials.None c -> errors.add(new FieldError("credentials.type", "is required"));
        }
    }

    private static void text(String field, @Nullable String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.length() > MAX_FIELD) {
            errors.add(new FieldError(field, "is too long"));
        }
    }

    private static void secret(String field, Secret value, List<FieldError> errors) {
        text(field, value.reveal(), errors);
    }

    private static String names(Set<AuthMethod> methods) {
        return String.join(
                " or ", methods.stream().map(AuthMethod::wire).sorted().toList());
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }
}
