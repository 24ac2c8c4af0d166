package io.omnicart.credential.domain;

import java.security.SecureRandom;
import java.util.HexFormat;

/** New account ids: {@code acc_} and 24 random hex digits — unguessable, URL-safe, never reused. */
final class AccountIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AccountIds() {}

    static String next() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return "acc_" + HexFormat.of().formatHex(bytes);
    }
}
