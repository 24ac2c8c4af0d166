package io.omnicart.adapter.omnium.mapping;

import io.omnicart.adapter.omnium.model.OmniumCustomer;
import io.omnicart.adapter.omnium.model.OmniumProduct;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * OmniCart's {@code q} for lists Omnium searches more loosely (its free text also covers descriptions and addresses):
 * products by title, handle or SKU; customers by e-mail, name or company; case-insensitive substrings. Pure.
 */
public final class OmniumSearchText {

    private OmniumSearchText() {}

    public static boolean productMatches(OmniumProduct product, String q) {
        String needle = q.toLowerCase(Locale.ROOT);
        return Stream.concat(
                        Stream.of(product.name(), product.productId(), product.id()),
                        OmniumProductMapper.skus(product).stream())
                .anyMatch(value -> contains(value, needle));
    }

    public static boolean customerMatches(OmniumCustomer customer, String q) {
        String needle = q.toLowerCase(Locale.ROOT);
        return Stream.of(
                        customer.email(),
                        customer.firstName(),
                        customer.lastName(),
                        customer.fullName(),
                        OmniumAddressMapper.join(customer.firstName(), customer.lastName()),
                        customer.name())
                .anyMatch(value -> contains(value, needle));
    }

    private static boolean contains(@Nullable String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }
}
