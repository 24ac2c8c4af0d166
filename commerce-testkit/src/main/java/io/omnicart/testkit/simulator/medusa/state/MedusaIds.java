package io.omnicart.testkit.simulator.medusa.state;

import java.math.BigInteger;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Medusa-style ids: a type prefix and a ULID (48-bit millisecond time, 80-bit tail, Crockford base32). The tail is a
 * per-simulator random prefix plus a counter, so ids sort by creation time and, within a millisecond, by creation order
 * — Medusa lists rows by id when no order is asked for.
 */
public final class MedusaIds {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private final long randomPrefix = ThreadLocalRandom.current().nextInt(1 << 16);
    private long counter;

    /** A new id such as {@code order_01M83QKJQP7VF1MZJQ5DDEQGVD}, timed at {@code at}. */
    public synchronized String next(String prefix, Instant at) {
        counter++;
        BigInteger tail = BigInteger.valueOf(randomPrefix).shiftLeft(64).or(BigInteger.valueOf(counter));
        return prefix + "_" + encode(BigInteger.valueOf(at.toEpochMilli()), 10) + encode(tail, 16);
    }

    private static String encode(BigInteger value, int length) {
        char[] chars = new char[length];
        BigInteger rest = value;
        BigInteger mask = BigInteger.valueOf(31);
        for (int i = length - 1; i >= 0; i--) {
            chars[i] = CROCKFORD[rest.and(mask).intValue()];
            rest = rest.shiftRight(5);
        }
        return new String(chars);
    }
}
