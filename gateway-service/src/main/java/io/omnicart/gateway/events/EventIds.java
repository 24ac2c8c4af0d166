package io.omnicart.gateway.events;

import io.omnicart.core.model.ChangeResource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/**
 * Event ids derived from what changed, so the same upstream change always gets the same id however often it is seen:
 * {@code evt_} and 26 Crockford base-32 characters of SHA-256 over workspace, account, resource, id and version.
 */
public final class EventIds {

    private static final char[] CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final Pattern SHAPE = Pattern.compile("evt_[0-9a-hjkmnp-tv-z]{26}");

    private EventIds() {}

    static String of(String workspaceId, String accountId, ChangeResource resource, String id, String version) {
        return of(workspaceId + '\n' + accountId + '\n' + resource.wire() + '\n' + id + '\n' + version);
    }

    /** A second event of the same change (e.g. the conversion next to the new order) gets its own stable id. */
    static String derived(String eventId, String suffix) {
        return of(eventId + '\n' + suffix);
    }

    /** Whether {@code value} has the shape of an event id (it may still be unknown or expired). */
    public static boolean wellFormed(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    private static String of(String material) {
        byte[] hash = sha256(material.getBytes(StandardCharsets.UTF_8));
        StringBuilder id = new StringBuilder("evt_");
        long bits = 0;
        int available = 0;
        int index = 0;
        while (id.length() < 30) {
            if (available < 5) {
                bits = (bits << 8) | (hash[index++] & 0xff);
                available += 8;
            }
            available -= 5;
            id.append(CROCKFORD[(int) ((bits >> available) & 31)]);
        }
        return id.toString();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
