package io.omnicart.adapter.medusa.mapping;

import io.omnicart.adapter.medusa.error.MedusaErrorTranslator;
import io.omnicart.adapter.medusa.model.MedusaDraftOrderItem;
import io.omnicart.adapter.medusa.model.MedusaDraftOrderRequest;
import io.omnicart.adapter.medusa.model.MedusaVariant;
import io.omnicart.core.model.CreateDraftOrderCommand;
import io.omnicart.core.model.DraftOrderItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A new draft order in Medusa's strict create body (reference §6): {@code region_id} is required, {@code email} or
 * {@code customer_id} identifies the buyer, every line goes by {@code variant_id}. Medusa 2.21.2 accepts a line with
 * {@code variant_sku} only to treat it as a custom item without a price (400 "Items do not have a price", or 500), so
 * a line given by SKU is resolved to its variant first ({@link #skus}, {@link #variantIds}).
 */
public final class MedusaDraftOrderRequests {

    private MedusaDraftOrderRequests() {}

    /** Refuses a command Medusa would refuse less clearly. */
    public static void validate(CreateDraftOrderCommand command) {
        if (blank(command.email()) && blank(command.customerId())) {
            throw MedusaErrorTranslator.invalidField("email", "give an email or a customerId");
        }
        if (command.items().isEmpty()) {
            throw MedusaErrorTranslator.invalidField("items", "a draft order needs at least one item");
        }
        for (int i = 0; i < command.items().size(); i++) {
            DraftOrderItem item = command.items().get(i);
            if (blank(item.variantId()) == blank(item.sku())) {
                throw MedusaErrorTranslator.invalidField("items[" + i + "]", "give exactly one of variantId and sku");
            }
            if (item.quantity() < 1) {
                throw MedusaErrorTranslator.invalidField("items[" + i + "].quantity", "must be at least 1");
            }
        }
    }

    /** The distinct SKUs of the lines given by SKU, in order: they must be resolved to variant ids. */
    public static List<String> skus(CreateDraftOrderCommand command) {
        return command.items().stream()
                .filter(item -> blank(item.variantId()))
                .map(item -> item.sku().strip())
                .distinct()
                .toList();
    }

    /**
     * SKU → variant id from the variants Medusa found for {@link #skus}; only exact matches count (a filter is no
     * promise of exactness). A SKU without a variant, or held by several, is a validation failure of its line.
     */
    public static Map<String, String> variantIds(CreateDraftOrderCommand command, List<MedusaVariant> found) {
        Map<String, String> ids = new HashMap<>();
        List<DraftOrderItem> items = command.items();
        for (int i = 0; i < items.size(); i++) {
            DraftOrderItem item = items.get(i);
            if (!blank(item.variantId())) {
                continue;
            }
            String sku = item.sku().strip();
            List<String> matches = found.stream()
                    .filter(variant -> sku.equals(variant.sku()) && !blank(variant.id()))
                    .map(MedusaVariant::id)
                    .distinct()
                    .toList();
            if (matches.isEmpty()) {
                throw MedusaErrorTranslator.invalidField("items[" + i + "].sku", "no product variant has SKU " + sku);
            }
            if (matches.size() > 1) {
                throw MedusaErrorTranslator.invalidField(
                        "items[" + i + "].sku", "several product variants have SKU " + sku + ": give the variantId");
            }
            ids.put(sku, matches.getFirst());
        }
        return ids;
    }

    /**
     * The create body; {@code salesChannelId} (the store's default) decides where stock is checked and reserved, and
     * {@code variantIdsBySku} ({@link #variantIds}) names the variant of every line given by SKU.
     */
    public static MedusaDraftOrderRequest toRequest(
            CreateDraftOrderCommand command,
            String regionId,
            @Nullable String salesChannelId,
            Map<String, String> variantIdsBySku) {
        List<MedusaDraftOrderItem> items = new ArrayList<>();
        for (DraftOrderItem item : command.items()) {
            String variantId = blank(item.variantId())
                    ? variantIdsBySku.get(item.sku().strip())
                    : item.variantId().strip();
            if (variantId == null) {
                throw new IllegalArgumentException("SKU " + item.sku() + " was not resolved to a variant");
            }
            items.add(new MedusaDraftOrderItem(variantId, item.quantity()));
        }
        return new MedusaDraftOrderRequest(
                regionId,
                blank(command.email()) ? null : command.email().strip(),
                blank(command.customerId()) ? null : command.customerId(),
                salesChannelId,
                blank(command.currency()) ? null : command.currency().strip().toLowerCase(Locale.ROOT),
                items);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
