package io.omnicart.gateway.api.paging;

import io.omnicart.core.error.FieldError;
import io.omnicart.core.error.InvalidRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Wraps an adapter's own cursor in an opaque token {@code base64url(cursor).base64url(HMAC-SHA256)}. The MAC covers
 * the account id and the list's scope (resource and normalized filters), so a token that was edited, or replayed on
 * another account or another query, is refused with 400 {@code invalid_cursor}. Adapters only ever see their cursor.
 */
public final class CursorCodec {

    public static final int MIN_KEY_BYTES = 32;
    static final int MAX_TOKEN_LENGTH = 4096;
    private static final String ALGORITHM = "HmacSHA256";
    private static final byte VERSION = 1;
    private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    /** One keyed MAC per thread: {@code doFinal} resets it for the next use, so no lookup or key setup per call. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public CursorCodec(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the cursor key must have at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        newMac(); // fail at startup, not on the first request, if HMAC-SHA256 or the key is unusable
    }

    public String encode(String accountId, String scope, String cursor) {
        byte[] payload = cursor.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(accountId, scope, payload));
    }

    /** The adapter cursor inside {@code token}; {@code invalid_cursor} unless it was issued for this account and scope. */
    public String decode(String accountId, String scope, String token) {
        if (token.length() > MAX_TOKEN_LENGTH || !TOKEN.matcher(token).matches()) {
            throw invalid();
        }
        int dot = token.indexOf('.');
        byte[] payload = base64(token.substring(0, dot));
        byte[] signature = base64(token.substring(dot + 1));
        if (!MessageDigest.isEqual(signature, mac(accountId, scope, payload))) {
            throw invalid();
        }
        return new String(payload, StandardCharsets.UTF_8);
    }

    private static byte[] base64(String part) {
        try {
            return DECODER.decode(part);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private byte[] mac(String accountId, String scope, byte[] payload) {
        Mac mac = macs.get();
        mac.reset(); // in case an earlier call on this thread stopped half-way
        mac.update(VERSION);
        mac.update(lengthPrefixed(accountId.getBytes(StandardCharsets.UTF_8)));
        mac.update(lengthPrefixed(scope.getBytes(StandardCharsets.UTF_8)));
        return mac.doFinal(lengthPrefixed(payload));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] lengthPrefixed(byte[] bytes) {
        return ByteBuffer.allocate(Integer.BYTES + bytes.length)
                .putInt(bytes.length)
                .put(bytes)
                .array();
    }

    private static InvalidRequest invalid() {
        return new InvalidRequest(
                InvalidRequest.INVALID_CURSOR,
                "The cursor is malformed, was altered, or belongs to another account or query; start again without"
                        + " a cursor",
                List.of(new FieldError("cursor", "not a cursor issued for this list")),
                null,
                null);
    }
}
