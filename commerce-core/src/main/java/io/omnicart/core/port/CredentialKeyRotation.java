package io.omnicart.core.port;

import reactor.core.publisher.Mono;

/**
 * The second half of a credential-key rotation: once the keyset has a new primary key (and keeps the old keys for
 * decryption), rewrite every stored ciphertext under the primary key so the old keys can later be retired. Accounts
 * stay readable throughout; running it again is harmless.
 */
public interface CredentialKeyRotation {

    /** Re-encrypt every stored credential that is not yet under the primary key, and report what was done. */
    Mono<ReencryptionReport> reencryptAll();
}
