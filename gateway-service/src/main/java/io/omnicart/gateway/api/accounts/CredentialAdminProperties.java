package io.omnicart.gateway.api.accounts;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code omnicart.credentials.admin-bundle}: the bundle a caller token must carry to run credential administration
 * (the re-encryption job). Default {@code admin}.
 */
@Validated
@ConfigurationProperties("omnicart.credentials")
public record CredentialAdminProperties(
        @NotBlank @DefaultValue("admin") String adminBundle) {}
