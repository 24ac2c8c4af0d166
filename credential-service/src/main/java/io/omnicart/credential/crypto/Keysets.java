package io.omnicart.credential.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keyset operations for generation and online rotation, on Tink's JSON keyset format: generate, add a new key (not yet
 * primary, so every instance learns it first), promote it, then disable or delete the old key once nothing uses it.
 */
public final class Keysets {

    private Keysets() {}

    /** A new keyset with one AES-256-GCM key as primary. */
    public static KeysetHandle generate() {
        return call(() -> {
            AeadConfig.register();
            return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        });
    }

    /** The keyset plus a new enabled AES-256-GCM key that is not primary yet. */
    public static KeysetHandle addKey(KeysetHandle keyset) {
        return call(() -> KeysetHandle.newBuilder(keyset)
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                        .withRandomId())
                .build());
    }

    /** The keyset with key {@code keyId} (enabled) as primary. */
    public static KeysetHandle promote(KeysetHandle keyset, long keyId) {
        return call(() -> {
            KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
            KeysetHandle.Builder.Entry entry = builder.getAt(indexOf(keyset, keyId));
            if (entry.getStatus() != KeyStatus.ENABLED) {
                throw new IllegalArgumentException("key " + keyId + " is not enabled");
            }
            entry.makePrimary();
            return builder.build();
        });
    }

    /** The keyset with key {@code keyId} disabled (kept, but used for nothing); the primary cannot be disabled. */
    public static KeysetHandle disable(KeysetHandle keyset, long keyId) {
        return call(() -> {
            KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
            builder.getAt(indexOf(keyset, requireNotPrimary(keyset, keyId))).setStatus(KeyStatus.DISABLED);
            return builder.build();
        });
    }

    /** The keyset without key {@code keyId}; the primary cannot be deleted. */
    public static KeysetHandle delete(KeysetHandle keyset, long keyId) {
        return call(() -> KeysetHandle.newBuilder(keyset)
                .deleteAt(indexOf(keyset, requireNotPrimary(keyset, keyId)))
                .build());
    }

    /** One line per key: unsigned id, status, primary flag and type; never key material. */
    public static List<String> describe(KeysetHandle keyset) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < keyset.size(); i++) {
            KeysetHandle.Entry entry = keyset.getAt(i);
            lines.add(Integer.toUnsignedLong(entry.getId()) + " " + entry.getStatus()
                    + (entry.isPrimary() ? " primary " : " ")
                    + entry.getKey().getParameters());
        }
        return lines;
    }

    public static KeysetHandle parse(String json) {
        return call(() -> {
            AeadConfig.register();
            return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
        });
    }

    public static String toJson(KeysetHandle keyset) {
        return call(() -> TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()));
    }

    private static long requireNotPrimary(KeysetHandle keyset, long keyId) {
        if (Integer.toUnsignedLong(keyset.getPrimary().getId()) == keyId) {
            throw new IllegalArgumentException("key " + keyId + " is the primary key; promote another key first");
        }
        return keyId;
    }

    private static int indexOf(KeysetHandle keyset, long keyId) {
        for (int i = 0; i < keyset.size(); i++) {
            if (Integer.toUnsignedLong(keyset.getAt(i).getId()) == keyId) {
                return i;
            }
        }
        throw new IllegalArgumentException("no key " + keyId + " in the keyset");
    }

    private interface KeysetCall<T> {
        T run() throws GeneralSecurityException;
    }

    private static <T> T call(KeysetCall<T> call) {
        try {
            return call.run();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("keyset operation failed: " + e.getMessage(), e);
        }
    }
}
