package io.omnicart.core.port;

/**
 * Outcome of a re-encryption pass. {@code primaryKeyId} is the (unsigned) id of the key everything is now encrypted
 * under; {@code remaining} counts rows still under an older key (changed concurrently or unreadable) — run again when it
 * is not zero.
 */
public record ReencryptionReport(long primaryKeyId, long examined, long reencrypted, long remaining) {}
