package io.omnicart.testkit.simulator.medusa.state;

import java.util.Locale;
import java.util.Map;

/** Country rows as Medusa lists them in a region: ISO-2/ISO-3 lower-case, numeric code, upper-case name. */
public final class CountryCatalog {

    private static final Map<String, String> NUMERIC = Map.ofEntries(
            Map.entry("at", "040"),
            Map.entry("au", "036"),
            Map.entry("be", "056"),
            Map.entry("ca", "124"),
            Map.entry("ch", "756"),
            Map.entry("de", "276"),
            Map.entry("dk", "208"),
            Map.entry("es", "724"),
            Map.entry("fi", "246"),
            Map.entry("fr", "250"),
            Map.entry("gb", "826"),
            Map.entry("ie", "372"),
            Map.entry("it", "380"),
            Map.entry("jp", "392"),
            Map.entry("nl", "528"),
            Map.entry("no", "578"),
            Map.entry("pl", "616"),
            Map.entry("pt", "620"),
            Map.entry("se", "752"),
            Map.entry("us", "840"));

    private CountryCatalog() {}

    public static Country of(String iso2) {
        String code = iso2.toLowerCase(Locale.ROOT);
        Locale locale = Locale.of("", code.toUpperCase(Locale.ROOT));
        String display = locale.getDisplayCountry(Locale.ENGLISH);
        return new Country(
                code,
                locale.getISO3Country().toLowerCase(Locale.ROOT),
                NUMERIC.getOrDefault(code, "000"),
                display.toUpperCase(Locale.ROOT),
                display);
    }

    /** One country. */
    public record Country(String iso2, String iso3, String numCode, String name, String displayName) {}
}
