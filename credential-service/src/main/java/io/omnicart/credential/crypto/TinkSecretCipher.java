package io.omnicart.credential.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmParameters;
import io.omnicart.core.port.SecretCipher;
import java.security.GeneralSecurityException;

/**
 * {@link SecretCipher} on a Tink AEAD keyset whose primary key is AES-256-GCM. Every ciphertext starts with Tink's
 * 5-byte prefix (version byte + key id), so it names the key that made it and any key still in the keyset decrypts it.
 */
public final class TinkSecretCipher implements SecretCipher {

    private static final int TINK_PREFIX_SIZE = 5;
    private static final byte TINK_START_BYTE = 1;

    private final Aead aead;
    private final long primaryKeyId;

    public TinkSecretCipher(KeysetHandle keyset) {
        try {
            AeadConfig.register();
            requireAes256Gcm(keyset);
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
            this.primaryKeyId = Integer.toUnsignedLong(keyset.getPrimary().getId());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the credential keyset cannot be used: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
        try {
            return aead.encrypt(plaintext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    @Override
    public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
        try {
            return aead.decrypt(ciphertext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new UndecryptableException(keyIdOf(ciphertext), e);
        }
    }

    /** The unsigned id of the key new ciphertexts are made with. */
    public long primaryKeyId() {
        return primaryKeyId;
    }

    /** The unsigned id of the key that made {@code ciphertext}, read from Tink's prefix; -1 when it has none. */
    public static long keyIdOf(byte[] ciphertext) {
        if (ciphertext.length < TINK_PREFIX_SIZE || ciphertext[0] != TINK_START_BYTE) {
            return -1;
        }
        long id = 0;
        for (int i = 1; i < TINK_PREFIX_SIZE; i++) {
            id = (id << 8) | (ciphertext[i] & 0xFF);
        }
        return id;
    }

    private static void requireAes256Gcm(KeysetHandle keyset) {
        if (!(keyset.getPrimary().getKey().getParameters() instanceof AesGcmParameters gcm)
                || gcm.getKeySizeBytes() != 32
                || !gcm.hasIdRequirement()) {
            throw new IllegalStateException(
                    "the primary key of the credential keyset must be AES256_GCM (with Tink output prefix)");
        }
    }

    /** A ciphertext that no key of the keyset opens, or whose associated data does not match (a row moved elsewhere). */
    public static final class UndecryptableException extends IllegalStateException {
        UndecryptableException(long keyId, GeneralSecurityException cause) {
            super(
                    "ciphertext of key " + keyId + " does not decrypt with the configured keyset and associated data",
                    cause);
        }
    }
}
