package io.omnicart.testkit.simulator.medusa.state;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ISO currencies the simulated Medusa knows ({@code GET /admin/currencies}); a subset of the 126 a real Medusa
 * ships, in code order.
 */
public final class CurrencyCatalog {

    private static final List<Currency> ALL = List.of(
            new Currency("aud", "Australian Dollar", "AU$", "$", 2),
            new Currency("brl", "Brazilian Real", "R$", "R$", 2),
            new Currency("cad", "Canadian Dollar", "CA$", "$", 2),
            new Currency("chf", "Swiss Franc", "CHF", "CHF", 2),
            new Currency("cny", "Chinese Yuan", "CN¥", "CN¥", 2),
            new Currency("czk", "Czech Republic Koruna", "Kč", "Kč", 2),
            new Currency("dkk", "Danish Krone", "Dkr", "kr", 2),
            new Currency("eur", "Euro", "€", "€", 2),
            new Currency("gbp", "British Pound Sterling", "£", "£", 2),
            new Currency("jpy", "Japanese Yen", "¥", "￥", 0),
            new Currency("nok", "Norwegian Krone", "Nkr", "kr", 2),
            new Currency("pln", "Polish Zloty", "zł", "zł", 2),
            new Currency("sek", "Swedish Krona", "Skr", "kr", 2),
            new Currency("usd", "US Dollar", "$", "$", 2));

    private CurrencyCatalog() {}

    public static List<Currency> all() {
        return ALL;
    }

    public static Optional<Currency> find(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(currency -> currency.code().equals(lower)).findFirst();
    }

    /** One currency row. */
    public record Currency(String code, String name, String symbol, String symbolNative, int decimalDigits) {}
}
