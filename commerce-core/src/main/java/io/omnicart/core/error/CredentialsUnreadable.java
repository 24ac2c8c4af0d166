package io.omnicart.core.error;

/**
 * The stored credentials of an account cannot be decrypted with the configured keyset: the key that encrypted them
 * (named by its id) was removed too early. Not the store's fault and not the caller's: an operator must restore the key.
 * The message names the account and the key id only, never the ciphertext.
 */
public final class CredentialsUnreadable extends CommerceException {

    private final String accountId;
    private final long keyId;

    public CredentialsUnreadable(String accountId, long keyId) {
        super(
                "The stored credentials of account '" + accountId + "' (encrypted with key " + keyId
                        + ") cannot be decrypted with the configured keyset; an operator must restore that key",
                null,
                null,
                null);
        this.accountId = accountId;
        this.keyId = keyId;
    }

    public String accountId() {
        return accountId;
    }

    public long keyId() {
        return keyId;
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
