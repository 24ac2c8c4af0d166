package io.omnicart.credential.crypto;

import io.omnicart.core.spi.Credentials;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Encrypts an account's credentials bound to that account: the AEAD associated data is the workspace id and the
 * account id (length-prefixed), so a ciphertext copied to another row, workspace or account does not decrypt.
 */
public final class CredentialSealer {

    private static final String CONTEXT = "omnicart.store-account.credentials.v1";

    private final TinkSecretCipher cipher;

    public CredentialSealer(TinkSecretCipher cipher) {
        this.cipher = cipher;
    }

    /** A ciphertext and the id of the key that made it. */
    public record Sealed(byte[] ciphertext, long keyId) {}

    public Sealed seal(String workspaceId, String accountId, Credentials credentials) {
        byte[] ciphertext = cipher.encrypt(CredentialCodec.encode(credentials), associatedData(workspaceId, accountId));
        return new Sealed(ciphertext, TinkSecretCipher.keyIdOf(ciphertext));
    }

    /** The credentials; {@link TinkSecretCipher.UndecryptableException} when the ciphertext is not this account's. */
    public Credentials open(String workspaceId, String accountId, byte[] ciphertext) {
        return CredentialCodec.decode(cipher.decrypt(ciphertext, associatedData(workspaceId, accountId)));
    }

    /** The same credentials encrypted under the current primary key. */
    public Sealed reseal(String workspaceId, String accountId, byte[] ciphertext) {
        return seal(workspaceId, accountId, open(workspaceId, accountId, ciphertext));
    }

    public long primaryKeyId() {
        return cipher.primaryKeyId();
    }

    static byte[] associatedData(String workspaceId, String accountId) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(CONTEXT);
            out.writeUTF(workspaceId);
            out.writeUTF(accountId);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
