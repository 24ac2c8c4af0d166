package io.omnicart.gateway.api.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Generators of hostile input from one seeded {@link Random}: strings that look almost right (wire values, ids, dates,
 * the demo account) next to unicode, control characters, huge numbers and malformed JSON. Base URLs are loopback or
 * invalid only, so no generated connect reaches the network. The same seed gives the same values.
 */
final class FuzzValues {

    private static final List<String> SPECIALS = List.of(
            "",
            " ",
            "demo",
            "shopify",
            "medusa",
            "omnium",
            "opencart",
            "api_key",
            "email_password",
            "pending,completed",
            "bogus",
            "-createdAt",
            "total",
            "30d",
            "0d",
            "2026-01-01",
            "2026-13-45T25:61:00Z",
            "0",
            "-1",
            "2147483648",
            "99999999999999999999999",
            "1e309",
            "NaN",
            "true",
            "null",
            "[]",
            "{}",
            "..",
            "a/b",
            "%",
            "%00",
            "\u0000",
            "\t",
            "名前",
            "😀",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "acc_000000000000000000000000",
            "sk_test",
            "https://127.0.0.1:1",
            "http://127.0.0.1:1/admin",
            "https://169.254.169.254",
            "not a url");

    private static final List<String> BROKEN_JSON =
            List.of("", "{", "{\"a\":", "[1,2", "nul", "{\"platform\":}", "\"unterminated");
    private static final List<String> LITERALS =
            List.of("null", "true", "false", "0", "-1", "1.5", "1e400", "99999999999999999999999");

    private final Random random;

    FuzzValues(Random random) {
        this.random = random;
    }

    /** A string parameter or field value. */
    String text() {
        return switch (weighted(4, 3, 2, 1)) {
            case 0 -> pick(SPECIALS);
            case 1 -> anyChars(random.nextInt(41));
            case 2 -> chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.:,", random.nextInt(141));
            default -> chars("abcdefghijklmnopqrstuvwxyz", 200 + random.nextInt(1801));
        };
    }

    /** A path segment: mostly the demo account or an id-like value, so deeper validation is reached too. */
    String pathSegment() {
        return weighted(3, 4) == 0 ? "demo" : text();
    }

    /** A request body: JSON built from the operation's field names, other JSON, or text that is not JSON. */
    String body(Set<String> fields) {
        return switch (weighted(6, 1, 1, 1)) {
            case 0 -> object(List.copyOf(fields), 3);
            case 1 -> json(List.copyOf(fields), 2);
            case 2 -> pick(BROKEN_JSON);
            default -> anyChars(random.nextInt(61));
        };
    }

    /** One of {@code values}. */
    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** An index chosen with the given weights: {@code weighted(3, 1)} is 0 three times as often as 1. */
    int weighted(int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int upTo(int max) {
        return random.nextInt(max + 1);
    }

    private String object(List<String> fields, int depth) {
        List<String> members = new ArrayList<>();
        for (int i = upTo(8); i > 0; i--) {
            String key = fields.isEmpty() || weighted(5, 1) == 1 ? chars(LETTERS, upTo(10)) : pick(fields);
            members.add(quote(key) + ":" + json(fields, depth - 1));
        }
        return "{" + String.join(",", members) + "}";
    }

    private String json(List<String> fields, int depth) {
        int kind = depth <= 0 ? 0 : weighted(8, 1, 2);
        if (kind == 1) {
            List<String> items = new ArrayList<>();
            for (int i = upTo(5); i > 0; i--) {
                items.add(json(fields, depth - 1));
            }
            return "[" + String.join(",", items) + "]";
        }
        if (kind == 2) {
            return object(fields, depth - 1);
        }
        return switch (weighted(3, 1, 1)) {
            case 0 -> quote(text());
            case 1 -> pick(LITERALS);
            default -> String.valueOf(random.nextInt());
        };
    }

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private String chars(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** Any code points: ASCII, controls, Latin, CJK, emoji and lone surrogates. */
    private String anyChars(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (weighted(6, 1, 1, 1, 1)) {
                case 0 -> text.append((char) (0x20 + random.nextInt(0x5f)));
                case 1 -> text.append((char) random.nextInt(0x20));
                case 2 -> text.append((char) (0xa0 + random.nextInt(0x500)));
                case 3 -> text.appendCodePoint(0x4e00 + random.nextInt(0x5000));
                default -> text.append(random.nextBoolean() ? "\uD83D\uDE00" : String.valueOf((char) 0xD800));
            }
        }
        return text.toString();
    }

    static String quote(String value) {
        return value.chars()
                .mapToObj(c -> switch (c) {
                    case '"' -> "\\\"";
                    case '\\' -> "\\\\";
                    default -> c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c);
                })
                .collect(Collectors.joining("", "\"", "\""));
    }
}
