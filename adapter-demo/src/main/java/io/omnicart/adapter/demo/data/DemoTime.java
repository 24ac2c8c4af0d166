package io.omnicart.adapter.demo.data;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * The demo's time anchor: midnight UTC of the current day. Every generated moment lies before it, so the sample store
 * always looks recent and stays identical all day long.
 */
final class DemoTime {

    /** Ids encode times relative to this fixed epoch, so an id stays the same while the dates move with the clock. */
    private static final Instant ID_EPOCH = Instant.parse("2024-12-10T00:00:00Z");

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int SHOP_OPENS = 6 * 3600;
    private static final int SHOP_CLOSES = 22 * 3600 + 1800;

    private final OffsetDateTime anchor;

    DemoTime(LocalDate day) {
        this.anchor = day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    OffsetDateTime anchor() {
        return anchor;
    }

    /** A moment between 06:00 and 22:30 UTC on the day {@code days} (≥ 1) before today. */
    OffsetDateTime daysAgo(int days, Random random) {
        return anchor.minusDays(days).plusSeconds(SHOP_OPENS + random.nextInt(SHOP_CLOSES - SHOP_OPENS));
    }

    /** A moment between {@code from} and one hour before the anchor (or {@code from} itself when later). */
    OffsetDateTime between(OffsetDateTime from, Random random) {
        long seconds = Duration.between(from, anchor).toSeconds() - 3600;
        return seconds <= 0 ? from : from.plusSeconds(random.nextLong(seconds));
    }

    /** A ULID-shaped id ({@code order_01JD…}) whose time part encodes {@code at}; the rest comes from {@code random}. */
    String id(String prefix, OffsetDateTime at, Random random) {
        long millis = ID_EPOCH.toEpochMilli() + Duration.between(anchor, at).toMillis();
        char[] ulid = new char[26];
        for (int i = 9; i >= 0; i--) {
            ulid[i] = CROCKFORD[(int) (millis & 31)];
            millis >>>= 5;
        }
        for (int i = 10; i < ulid.length; i++) {
            ulid[i] = CROCKFORD[random.nextInt(CROCKFORD.length)];
        }
        return prefix + "_" + new String(ulid);
    }
}
