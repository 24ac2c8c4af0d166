package io.omnicart.gateway.events;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-OmniCart-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}: a receiver recomputes it with the
 * webhook's secret and refuses a mismatch or an old {@code t}.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-OmniCart-Signature";
    public static final String EVENT_ID_HEADER = "X-OmniCart-Event-Id";

    private WebhookSignature() {}

    public static String header(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
    }

    static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
