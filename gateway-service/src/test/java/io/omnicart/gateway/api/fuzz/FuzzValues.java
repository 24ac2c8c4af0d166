package io.omnicart.gateway.api.fuzz;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of hostile input: strings that look almost right (wire values, ids, dates, the demo account) next to
 * unicode, control characters, huge numbers and malformed JSON. Base URLs are loopback or invalid only, so no
 * generated connect reaches the network.
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

    private FuzzValues() {}

    /** A string parameter or field value. */
    static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                weighted(4, Arbitraries.of(SPECIALS)),
                weighted(3, Arbitraries.strings().ofMaxLength(40)),
                weighted(
                        2,
                        Arbitraries.strings()
                                .alpha()
                                .numeric()
                                .withChars("_-.:,")
                                .ofMaxLength(140)),
                weighted(
                        1,
                        Arbitraries.strings()
                                .withCharRange('a', 'z')
                                .ofMinLength(200)
                                .ofMaxLength(2000)));
    }

    /** A path segment: mostly the demo account or an id-like value, so deeper validation is reached too. */
    static Arbitrary<String> pathSegment() {
        return Arbitraries.frequencyOf(weighted(3, Arbitraries.just("demo")), weighted(4, text()));
    }

    /** A request body: JSON built from the operation's field names, other JSON, or text that is not JSON. */
    static Arbitrary<String> body(Set<String> fields) {
        return Arbitraries.frequencyOf(
                weighted(6, object(fields, 3)),
                weighted(1, json(fields, 2)),
                weighted(1, Arbitraries.of("", "{", "{\"a\":", "[1,2", "nul", "{\"platform\":}", "\"unterminated")),
                weighted(1, Arbitraries.strings().ofMaxLength(60)));
    }

    private static Arbitrary<String> object(Set<String> fields, int depth) {
        Arbitrary<String> key = fields.isEmpty()
                ? Arbitraries.strings().alpha().ofMaxLength(10)
                : Arbitraries.frequencyOf(
                        weighted(5, Arbitraries.of(fields)),
                        weighted(1, Arbitraries.strings().alpha().ofMaxLength(10)));
        Arbitrary<String> member =
                Combinators.combine(key, json(fields, depth - 1)).as((name, value) -> quote(name) + ":" + value);
        return member.list().ofMaxSize(8).map(members -> "{" + String.join(",", members) + "}");
    }

    private static Arbitrary<String> json(Set<String> fields, int depth) {
        Arbitrary<String> scalar = Arbitraries.frequencyOf(
                weighted(3, text().map(FuzzValues::quote)),
                weighted(
                        1,
                        Arbitraries.of("null", "true", "false", "0", "-1", "1.5", "1e400", "99999999999999999999999")),
                weighted(1, Arbitraries.integers().map(String::valueOf)));
        if (depth <= 0) {
            return scalar;
        }
        Arbitrary<String> array = Arbitraries.lazy(() -> json(fields, depth - 1))
                .list()
                .ofMaxSize(5)
                .map(items -> "[" + String.join(",", items) + "]");
        return Arbitraries.frequencyOf(
                weighted(5, scalar),
                weighted(1, array),
                weighted(2, Arbitraries.lazy(() -> object(fields, depth - 1))));
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

    private static <T> net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends T>> weighted(
            int weight, Arbitrary<T> arbitrary) {
        return net.jqwik.api.Tuple.of(weight, arbitrary);
    }
}
