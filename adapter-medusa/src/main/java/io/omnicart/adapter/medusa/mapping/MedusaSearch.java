package io.omnicart.adapter.medusa.mapping;

import static io.omnicart.adapter.medusa.mapping.MedusaOrderMapper.list;

import io.omnicart.adapter.medusa.model.MedusaCustomer;
import io.omnicart.adapter.medusa.model.MedusaOrder;
import io.omnicart.adapter.medusa.model.MedusaProduct;
import io.omnicart.adapter.medusa.model.MedusaVariant;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The OmniCart meaning of {@code q}, applied to what Medusa's {@code q} found. Medusa's {@code q} is a loose
 * case-insensitive contains match over many columns (addresses, phone, description…, reference §3.3), a superset of
 * what the API promises, so its rows are filtered again here:
 *
 * <ul>
 *   <li>orders: the id or the number exactly (a leading {@code #} is ignored), or the order's or customer's e-mail as
 *       a case-insensitive substring; an {@code order_…} id is looked up with Medusa's exact {@code id} filter instead;
 *   <li>customers: e-mail, first name, last name, full name or company as a case-insensitive substring;
 *   <li>products: title, handle or a variant SKU as a case-insensitive substring (Medusa does not search handles, so a
 *       handle is found only when its product's title, description or SKUs contain the text too).
 * </ul>
 */
public final class MedusaSearch {

    private static final Pattern ORDER_ID = Pattern.compile("order_[0-9A-Za-z]+");

    private MedusaSearch() {}

    /** Whether {@code q} is an order id, which Medusa's exact {@code id} filter finds. */
    public static boolean isOrderId(String q) {
        return ORDER_ID.matcher(q.strip()).matches();
    }

    /** The text to hand Medusa's {@code q}: trimmed, without a leading {@code #} of an order number. */
    public static String upstreamOrderQuery(String q) {
        String text = q.strip();
        return text.startsWith("#") ? text.substring(1).strip() : text;
    }

    public static boolean orderMatches(MedusaOrder order, String q) {
        String text = upstreamOrderQuery(q);
        String number = order.displayId() == null ? null : String.valueOf(order.displayId());
        return text.equals(order.id())
                || text.equals(number)
                || text.equalsIgnoreCase(order.customDisplayId())
                || contains(order.email(), text)
                || (order.customer() != null && contains(order.customer().email(), text));
    }

    /**
     * The text to hand Medusa's {@code q} for a customer search: its first word, since Medusa matches each column on
     * its own and a full name ("Jane Doe") is in no single column; the full text is checked afterwards.
     */
    public static String upstreamCustomerQuery(String q) {
        return q.strip().split("\\s+", 2)[0];
    }

    public static boolean customerMatches(MedusaCustomer customer, String q) {
        String text = q.strip();
        return Stream.of(
                        customer.email(),
                        customer.firstName(),
                        customer.lastName(),
                        MedusaAddressMapper.name(customer.firstName(), customer.lastName()),
                        customer.companyName())
                .anyMatch(value -> contains(value, text));
    }

    public static boolean productMatches(MedusaProduct product, String q) {
        String text = q.strip();
        return contains(product.title(), text)
                || contains(product.handle(), text)
                || list(product.variants()).stream().map(MedusaVariant::sku).anyMatch(sku -> contains(sku, text));
    }

    static boolean contains(@Nullable String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }
}
