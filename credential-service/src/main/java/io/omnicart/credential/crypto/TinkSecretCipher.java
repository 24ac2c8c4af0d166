package io.omnicart.credential.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import io.omnicart.core.port.SecretCipher;
import java.security.DrbgParameters;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@link SecretCipher} on a Tink AEAD keyset whose primary key is AES-256-GCM. Every ciphertext starts with Tink's
 * 5-byte prefix (version byte + key id), so it names the key that made it and any key still in the keyset decrypts it.
 *
 * <p>Decryption is Tink's. Encryption with the primary key writes exactly Tink's AES-GCM format (prefix, 12-byte random
 * IV, ciphertext, 16-byte tag) through the JDK's AES-GCM, as Tink itself does, with one difference: the IV comes from a
 * per-thread NIST SP 800-90A Hash_DRBG (SHA-256, 256-bit strength, seeded from the operating system) instead of Tink's
 * per-thread {@code new SecureRandom()}. On Linux that is {@code NativePRNG}, whose every instance reads {@code
 * /dev/urandom} and mixes through one JVM-wide SHA1PRNG under one global lock, so concurrent encryptions (every
 * response-cache store) queued on that lock on the event loops. The IVs stay 96-bit values from a cryptographically
 * secure generator, as in Tink; the keys and the format are unchanged.
 */
public final class TinkSecretCipher implements SecretCipher {

    private static final int TINK_PREFIX_SIZE = 5;
    private static final byte TINK_START_BYTE = 1;
    private static final int IV_SIZE = 12;
    private static final int TAG_SIZE = 16;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final ThreadLocal<SecureRandom> IVS = ThreadLocal.withInitial(TinkSecretCipher::ivSource);
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(TinkSecretCipher::newCipher);

    private final Aead aead;
    private final long primaryKeyId;
    private final SecretKeySpec primaryKey;
    private final byte[] outputPrefix;

    public TinkSecretCipher(KeysetHandle keyset) {
        try {
            AeadConfig.register();
            requireAes256Gcm(keyset);
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
            this.primaryKeyId = Integer.toUnsignedLong(keyset.getPrimary().getId());
            AesGcmKey primary = (AesGcmKey) keyset.getPrimary().getKey();
            this.primaryKey =
                    new SecretKeySpec(primary.getKeyBytes().toByteArray(InsecureSecretKeyAccess.get()), "AES");
            this.outputPrefix = primary.getOutputPrefix().toByteArray();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the credential keyset cannot be used: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
        if (plaintext == null) {
            throw new NullPointerException("plaintext is null");
        }
        try {
            byte[] iv = new byte[IV_SIZE];
            IVS.get().nextBytes(iv);
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, primaryKey, new GCMParameterSpec(TAG_SIZE * 8, iv));
            if (associatedData != null && associatedData.length > 0) {
                cipher.updateAAD(associatedData);
            }
            int head = outputPrefix.length + IV_SIZE;
            byte[] sealed = new byte[head + plaintext.length + TAG_SIZE];
            System.arraycopy(outputPrefix, 0, sealed, 0, outputPrefix.length);
            System.arraycopy(iv, 0, sealed, outputPrefix.length, IV_SIZE);
            if (cipher.doFinal(plaintext, 0, plaintext.length, sealed, head) != plaintext.length + TAG_SIZE) {
                throw new GeneralSecurityException("AES-GCM wrote an unexpected length");
            }
            return sealed;
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
        if (!(keyset.getPrimary().getKey() instanceof AesGcmKey key)
                || !(key.getParameters() instanceof AesGcmParameters gcm)
                || gcm.getKeySizeBytes() != 32
                || gcm.getIvSizeBytes() != IV_SIZE
                || gcm.getTagSizeBytes() != TAG_SIZE
                || !gcm.hasIdRequirement()) {
            throw new IllegalStateException(
                    "the primary key of the credential keyset must be AES256_GCM (with Tink output prefix)");
        }
    }

    /** A DRBG for this thread: CPU-only after its seeding, and no lock shared with other threads. */
    private static SecureRandom ivSource() {
        try {
            return SecureRandom.getInstance(
                    "DRBG", DrbgParameters.instantiation(256, DrbgParameters.Capability.RESEED_ONLY, null));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no DRBG SecureRandom is available", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
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
