package io.omnicart.testkit.simulator.seed;

import static io.omnicart.testkit.simulator.seed.StandardSeed.size;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The eight products of the {@link StandardSeed}. */
final class StandardSeedCatalog {

    private static final String IMAGES = "https://images.example.com/omnicart/";

    private StandardSeedCatalog() {}

    static List<SeedProduct> products() {
        return List.of(wallet(), tee(), sneakers(), hoodie(), beanie(), socks(), giftCard(), tote());
    }

    private static SeedProduct wallet() {
        SeedVariant variant = variant("WALLET-1", "Default", Map.of("Material", "Leather"), "35", "39", 15);
        return single("leather-wallet", "Leather Wallet", SeedProductStatus.PROPOSED, null, "Material", variant);
    }

    private static SeedProduct socks() {
        SeedVariant variant = variant("SOCKS-OS", "One Size", size("One Size"), "9.9", "12", 40);
        return single("novelty-socks", "Novelty Socks", SeedProductStatus.REJECTED, null, "Size", variant);
    }

    /** Not stock-tracked. */
    private static SeedProduct giftCard() {
        SeedVariant variant = variant("GIFT-50", "50", Map.of("Value", "50"), "50", "55", null);
        return single("gift-card", "Gift Card", SeedProductStatus.PUBLISHED, null, "Value", variant);
    }

    private static SeedProduct tote() {
        SeedVariant variant = variant("TOTE-NAT", "Natural", Map.of("Color", "Natural"), "15", "18", 5);
        return single(
                "canvas-tote", "Canvas Tote Bag", SeedProductStatus.PUBLISHED, "summer-essentials", "Color", variant);
    }

    /** Six sizes and colours; {@code TEE-M-WHT} is sold out. */
    private static SeedProduct tee() {
        List<String> sizes = List.of("S", "M", "L");
        List<String> colors = List.of("Black", "White");
        return new SeedProduct(
                "classic-tee",
                "Classic Tee",
                "100% organic cotton",
                "A soft everyday t-shirt.",
                SeedProductStatus.PUBLISHED,
                null,
                List.of(IMAGES + "classic-tee.png", IMAGES + "classic-tee-back.png"),
                "summer-essentials",
                List.of(new SeedOption("Size", sizes), new SeedOption("Color", colors)),
                teeVariants(sizes, colors));
    }

    private static List<SeedVariant> teeVariants(List<String> sizes, List<String> colors) {
        int[] stock = {24, 38, 10, 30, 0, 12};
        List<SeedVariant> variants = new ArrayList<>();
        for (int c = 0; c < colors.size(); c++) {
            for (int s = 0; s < sizes.size(); s++) {
                String color = colors.get(c);
                String sku = "TEE-" + sizes.get(s) + "-" + (color.equals("Black") ? "BLK" : "WHT");
                Map<String, String> options = Map.of("Size", sizes.get(s), "Color", color);
                variants.add(variant(sku, sizes.get(s) + " / " + color, options, "19.99", "24.99", stock[c * 3 + s]));
            }
        }
        return variants;
    }

    private static SeedProduct sneakers() {
        return new SeedProduct(
                "canvas-sneakers",
                "Canvas Sneakers",
                null,
                "Low-top canvas sneakers.",
                SeedProductStatus.PUBLISHED,
                null,
                List.of(IMAGES + "canvas-sneakers.png"),
                "summer-essentials",
                List.of(new SeedOption("Size", List.of("40", "42", "44"))),
                List.of(
                        variant("SNK-40", "40", size("40"), "79.99", "89", 6),
                        variant("SNK-42", "42", size("42"), "79.99", "89", 9),
                        variant("SNK-44", "44", size("44"), "79.99", "89", 3)));
    }

    private static SeedProduct hoodie() {
        return new SeedProduct(
                "hoodie",
                "Hooded Sweatshirt",
                null,
                "Heavyweight fleece hoodie.",
                SeedProductStatus.PUBLISHED,
                null,
                List.of(IMAGES + "hoodie.png"),
                "winter-warmers",
                List.of(new SeedOption("Size", List.of("M", "L"))),
                List.of(
                        variant("HOOD-M", "M", size("M"), "49.5", "55", 14),
                        variant("HOOD-L", "L", size("L"), "49.5", "55", 8)));
    }

    private static SeedProduct beanie() {
        return new SeedProduct(
                "wool-beanie",
                "Wool Beanie",
                null,
                "Merino wool beanie.",
                SeedProductStatus.DRAFT,
                null,
                List.of(),
                "winter-warmers",
                List.of(new SeedOption("Color", List.of("Grey", "Navy"))),
                List.of(
                        variant("BEANIE-GRY", "Grey", Map.of("Color", "Grey"), "25", "29", 20),
                        variant("BEANIE-NVY", "Navy", Map.of("Color", "Navy"), "25", "29", 20)));
    }

    /** A product with one option and its single variant, pictured by a thumbnail only. */
    private static SeedProduct single(
            String handle,
            String title,
            SeedProductStatus status,
            @Nullable String collection,
            String option,
            SeedVariant variant) {
        List<SeedOption> options =
                List.of(new SeedOption(option, List.copyOf(variant.options().values())));
        return new SeedProduct(
                handle,
                title,
                null,
                title + ".",
                status,
                IMAGES + handle + ".png",
                List.of(),
                collection,
                options,
                List.of(variant));
    }

    private static SeedVariant variant(
            String sku, String title, Map<String, String> options, String eur, String usd, @Nullable Integer stock) {
        List<SeedPrice> prices = List.of(SeedPrice.of("EUR", eur), SeedPrice.of("USD", usd));
        return new SeedVariant(sku, title, null, options, prices, stock);
    }
}
