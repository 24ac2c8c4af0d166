package io.omnicart.adapter.demo.data;

import static io.omnicart.adapter.demo.data.DemoCollectionTemplates.LAYERS;
import static io.omnicart.adapter.demo.data.DemoCollectionTemplates.OUTERWEAR;
import static io.omnicart.adapter.demo.data.ProductTemplate.Stock.SOLD_OUT;
import static io.omnicart.adapter.demo.data.ProductTemplate.Stock.TRACKED;
import static io.omnicart.core.model.ProductStatus.DRAFT;
import static io.omnicart.core.model.ProductStatus.PUBLISHED;

import io.omnicart.adapter.demo.data.ProductTemplate.OptionSpec;
import java.util.List;

/** Layers and outerwear of the Northwind Outfitters catalog. */
final class DemoApparelTemplates {

    private static final OptionSpec SIZES = OptionSpec.of("Size", "XS", "S", "M", "L", "XL");
    private static final OptionSpec CORE_SIZES = OptionSpec.of("Size", "S", "M", "L", "XL");

    private DemoApparelTemplates() {}

    static List<ProductTemplate> all() {
        return List.of(
                new ProductTemplate(
                        "Merino 150 Crew Tee",
                        "merino-150-crew-tee",
                        "TEE-MERINO",
                        LAYERS,
                        PUBLISHED,
                        "59.00",
                        "65.00",
                        TRACKED,
                        "A featherweight 150 g/m² merino tee that stays fresh for days on the trail and dries fast"
                                + " after a summit push.",
                        List.of(SIZES, OptionSpec.of("Color", "Black", "Forest Green", "Slate Grey"))),
                new ProductTemplate(
                        "Merino 200 Long-Sleeve Base Layer",
                        "merino-200-long-sleeve",
                        "LS-MERINO",
                        LAYERS,
                        PUBLISHED,
                        "79.00",
                        "89.00",
                        TRACKED,
                        "Our all-season base layer: 200 g/m² merino with flatlock seams and a longer back hem for"
                                + " wearing under a pack.",
                        List.of(CORE_SIZES, OptionSpec.of("Color", "Black", "Navy"))),
                new ProductTemplate(
                        "Merino 250 Leggings",
                        "merino-250-leggings",
                        "LEG-MERINO",
                        LAYERS,
                        PUBLISHED,
                        "75.00",
                        "85.00",
                        TRACKED,
                        "Warm 250 g/m² merino leggings with a gusseted crotch, made for ski touring mornings and"
                                + " cold nights in the tent.",
                        List.of(CORE_SIZES, OptionSpec.of("Color", "Black"))),
                new ProductTemplate(
                        "Alpine Wool Hiking Socks (2-pack)",
                        "alpine-wool-hiking-socks",
                        "SOCK-ALPINE",
                        LAYERS,
                        PUBLISHED,
                        "24.00",
                        "27.00",
                        TRACKED,
                        "Cushioned merino-blend hiking socks with a reinforced heel and toe. Two pairs per pack.",
                        List.of(
                                OptionSpec.of("Size", "36-38", "39-41", "42-44", "45-47"),
                                OptionSpec.of("Color", "Charcoal", "Rust"))),
                new ProductTemplate(
                        "Lightweight Trail Running Tee",
                        "trail-running-tee",
                        "TEE-TRAIL",
                        LAYERS,
                        PUBLISHED,
                        "39.00",
                        "42.00",
                        TRACKED,
                        "A breathable recycled-polyester tee with reflective details for early and late runs.",
                        List.of(CORE_SIZES, OptionSpec.of("Color", "Ocean", "Orange"))),
                new ProductTemplate(
                        "Grid Fleece Quarter-Zip",
                        "grid-fleece-quarter-zip",
                        "FLC-GRID",
                        LAYERS,
                        PUBLISHED,
                        "89.00",
                        "99.00",
                        TRACKED,
                        "A grid-backed fleece mid layer that traps warmth and vents moisture on steep climbs.",
                        List.of(CORE_SIZES, OptionSpec.of("Color", "Olive", "Black"))),
                new ProductTemplate(
                        "Merino Neck Gaiter",
                        "merino-neck-gaiter",
                        "GAITER-MERINO",
                        LAYERS,
                        PUBLISHED,
                        "22.00",
                        "25.00",
                        TRACKED,
                        "A seamless merino tube to wear as a neck warmer, headband or beanie.",
                        List.of(OptionSpec.of("Color", "Black", "Sand", "Ocean"))),
                new ProductTemplate(
                        "Fjord 3L Rain Shell Jacket",
                        "fjord-rain-shell-jacket",
                        "JKT-FJORD",
                        OUTERWEAR,
                        PUBLISHED,
                        "249.00",
                        "279.00",
                        TRACKED,
                        "A three-layer waterproof shell (20,000 mm) with pit zips and a helmet-compatible hood,"
                                + " built for Nordic downpours.",
                        List.of(CORE_SIZES, OptionSpec.of("Color", "Black", "Rust", "Navy"))),
                new ProductTemplate(
                        "Skarven Down Jacket",
                        "skarven-down-jacket",
                        "JKT-DOWN",
                        OUTERWEAR,
                        PUBLISHED,
                        "229.00",
                        "259.00",
                        TRACKED,
                        "750-fill responsibly sourced down in a windproof ripstop shell; packs into its own pocket.",
                        List.of(CORE_SIZES, OptionSpec.of("Color", "Black", "Olive"))),
                new ProductTemplate(
                        "Ridge Softshell Pants",
                        "ridge-softshell-pants",
                        "PNT-RIDGE",
                        OUTERWEAR,
                        PUBLISHED,
                        "119.00",
                        "135.00",
                        TRACKED,
                        "Stretch softshell trekking pants with articulated knees and zippered thigh pockets.",
                        List.of(CORE_SIZES, OptionSpec.of("Length", "Regular", "Long"))),
                new ProductTemplate(
                        "Packable Wind Anorak",
                        "packable-wind-anorak",
                        "ANORAK-PACK",
                        OUTERWEAR,
                        PUBLISHED,
                        "99.00",
                        "109.00",
                        TRACKED,
                        "A 95-gram pullover windbreaker that stuffs into its chest pocket.",
                        List.of(CORE_SIZES, OptionSpec.of("Color", "Sand", "Ocean"))),
                new ProductTemplate(
                        "Insulated Hybrid Vest",
                        "insulated-hybrid-vest",
                        "VEST-HYBRID",
                        OUTERWEAR,
                        PUBLISHED,
                        "129.00",
                        "145.00",
                        TRACKED,
                        "Synthetic insulation on the core, stretch fleece on the sides: warmth that keeps moving.",
                        List.of(CORE_SIZES, OptionSpec.of("Color", "Black"))),
                new ProductTemplate(
                        "Fjord Anorak Limited Edition",
                        "fjord-anorak-limited-edition",
                        "ANORAK-LTD",
                        OUTERWEAR,
                        PUBLISHED,
                        "189.00",
                        "209.00",
                        SOLD_OUT,
                        "Our anniversary anorak in waxed organic cotton, numbered and made in a single run of 300.",
                        List.of(OptionSpec.of("Size", "S", "M", "L"), OptionSpec.of("Color", "Rust"))),
                new ProductTemplate(
                        "Convertible Trail Pants",
                        "convertible-trail-pants",
                        "PNT-CONV",
                        OUTERWEAR,
                        DRAFT,
                        "89.00",
                        "99.00",
                        TRACKED,
                        "Zip-off trekking pants for next season: long in the morning, shorts by noon.",
                        List.of(CORE_SIZES, OptionSpec.of("Color", "Sand", "Olive"))));
    }
}
