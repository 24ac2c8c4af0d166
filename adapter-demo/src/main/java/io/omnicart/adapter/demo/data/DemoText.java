package io.omnicart.adapter.demo.data;

import io.omnicart.core.model.Money;
import java.text.Normalizer;
import java.util.Locale;

/** Small text helpers for human-readable timeline messages and e-mail addresses. */
final class DemoText {

    private DemoText() {}

    /** {@code €123.45} or {@code $98.10}. */
    static String money(Money money) {
        String symbol = "EUR".equals(money.currency().getCurrencyCode()) ? "€" : "$";
        return symbol + money.amount().toPlainString();
    }

    static String items(int count) {
        return count == 1 ? "1 item" : count + " items";
    }

    /** Lower-case ASCII without spaces or punctuation: {@code "van Dijk"} → {@code "vandijk"}, é → e, ß → ss. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(
                        text.replace("ß", "ss").replace("ø", "o").replace("æ", "ae"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
