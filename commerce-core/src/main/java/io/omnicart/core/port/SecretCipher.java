package io.omnicart.core.port;

/**
 * Authenticated encryption for everything sensitive the gateway stores (credentials, cached tokens, cached
 * responses). The associated data binds a ciphertext to its owner: decrypting with other associated data fails.
 * CPU-only and thread-safe, so it may be called on an event loop.
 */
public interface SecretCipher {

    byte[] encrypt(byte[] plaintext, byte[] associatedData);

    /** The plaintext; throws {@link java.security.GeneralSecurityException} wrapped unchecked when it does not verify. */
    byte[] decrypt(byte[] ciphertext, byte[] associatedData);
}
