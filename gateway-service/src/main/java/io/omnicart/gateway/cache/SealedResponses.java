package io.omnicart.gateway.cache;

import io.omnicart.core.port.SecretCipher;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cached responses as sealed Redis values: {@code storedAt\nttlMillis\ncontentType\n} + body, encrypted. Stored as raw
 * bytes (Redis values are binary-safe), so neither a store nor a hit pays for Base64.
 */
class SealedResponses {

    private static final Logger log = LoggerFactory.getLogger(SealedResponses.class);

    private final SecretCipher cipher;

    SealedResponses(SecretCipher cipher) {
        this.cipher = cipher;
    }

    byte[] seal(AccountScope scope, CachedResponse response) {
        byte[] header = (response.storedAt() + "\n" + response.ttl().toMillis() + "\n" + response.contentType() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] plain = ByteBuffer.allocate(header.length + response.body().length)
                .put(header)
                .put(response.body())
                .array();
        return cipher.encrypt(plain, associatedData(scope));
    }

    /** The response, or null (logged) when the value does not decrypt for this scope. */
    CachedResponse open(AccountScope scope, byte[] value) {
        try {
            byte[] plain = cipher.decrypt(value, associatedData(scope));
            int first = indexOf(plain, 0);
            int second = indexOf(plain, first + 1);
            int third = indexOf(plain, second + 1);
            return new CachedResponse(
                    Arrays.copyOfRange(plain, third + 1, plain.length),
                    text(plain, second + 1, third),
                    Instant.parse(text(plain, 0, first)),
                    Duration.ofMillis(Long.parseLong(text(plain, first + 1, second))));
        } catch (RuntimeException unreadable) {
            log.warn(
                    "ignoring a cached response that does not decrypt ({})",
                    unreadable.getClass().getSimpleName());
            return null;
        }
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        throw new IllegalArgumentException("truncated cached response");
    }

    private static String text(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    private static byte[] associatedData(AccountScope scope) {
        return scope.associatedData().getBytes(StandardCharsets.UTF_8);
    }
}
