package io.omnicart.credential.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code omnicart.credentials.*}: where the Tink keyset comes from and where embedded data lives.
 *
 * @param keyset the keyset as Tink JSON (set it through env {@code OMNICART_CREDENTIALS_KEYSET}); never printed
 * @param keysetFile a file holding the keyset JSON (e.g. a mounted Kubernetes secret)
 * @param dataDir the directory for the embedded H2 database and the development keyset
 * @param reencryptConcurrency rows re-encrypted in parallel by the rotation job
 */
@Validated
@ConfigurationProperties("omnicart.credentials")
public record CredentialsProperties(
        @Nullable String keyset,
        @Nullable Path keysetFile,
        @NotNull @DefaultValue("./data") Path dataDir,
        @Min(1) @Max(64) @DefaultValue("4") int reencryptConcurrency) {

    @Override
    public String toString() {
        return "CredentialsProperties[keyset=" + (keyset == null ? "unset" : "******") + ", keysetFile=" + keysetFile
                + ", dataDir=" + dataDir + ", reencryptConcurrency=" + reencryptConcurrency + "]";
    }
}
