package io.omnicart.credential.crypto;

import com.google.crypto.tink.KeysetHandle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the credential keyset comes from, in order: the keyset JSON itself (env {@code OMNICART_CREDENTIALS_KEYSET}),
 * a keyset file ({@code omnicart.credentials.keyset-file}), and — outside production only — a development keyset
 * under the data directory, generated on first start with a loud warning. Production without a keyset refuses to
 * start. Runs once at start-up (file I/O is fine there).
 */
public final class KeysetLoader {

    static final String DEV_KEYSET_FILE = "credentials-keyset.json";
    private static final Logger log = LoggerFactory.getLogger(KeysetLoader.class);

    private KeysetLoader() {}

    public static KeysetHandle load(
            @Nullable String keysetJson, @Nullable Path keysetFile, Path dataDir, boolean production) {
        if (keysetJson != null && !keysetJson.isBlank()) {
            log.info("credential keyset: from OMNICART_CREDENTIALS_KEYSET (omnicart.credentials.keyset)");
            return Keysets.parse(keysetJson);
        }
        if (keysetFile != null) {
            log.info("credential keyset: from file {}", keysetFile);
            return Keysets.parse(read(keysetFile));
        }
        if (production) {
            throw new MissingKeysetException();
        }
        return developmentKeyset(dataDir.resolve(DEV_KEYSET_FILE));
    }

    private static KeysetHandle developmentKeyset(Path file) {
        boolean existed = Files.exists(file);
        KeysetHandle keyset = existed ? Keysets.parse(read(file)) : write(file, Keysets.generate());
        log.warn(
                "\n*****************************************************************************************\n"
                        + "  CREDENTIALS ARE ENCRYPTED WITH A DEVELOPMENT KEYSET {} {}\n"
                        + "  It is stored next to the data it protects: fine for local runs, NOT for production.\n"
                        + "  Production: set OMNICART_CREDENTIALS_KEYSET or omnicart.credentials.keyset-file\n"
                        + "  (see README, 'Store accounts and credential keys').\n"
                        + "*****************************************************************************************",
                existed ? "read from" : "GENERATED at",
                file.toAbsolutePath());
        return keyset;
    }

    private static KeysetHandle write(Path file, KeysetHandle keyset) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Keysets.toJson(keyset), StandardCharsets.UTF_8);
            restrictToOwner(file);
            return keyset;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the development keyset " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the credential keyset file " + file, e);
        }
    }

    /** Production started without a credential keyset. */
    public static final class MissingKeysetException extends IllegalStateException {
        MissingKeysetException() {
            super("No credential keyset: the 'prod' profile requires OMNICART_CREDENTIALS_KEYSET (a Tink JSON keyset)"
                    + " or omnicart.credentials.keyset-file. Generate one with KeysetTool (see README).");
        }
    }
}
