package io.omnicart.adapter.demo.data;

import static io.omnicart.adapter.demo.data.DemoCollectionTemplates.CAMP;
import static io.omnicart.adapter.demo.data.DemoCollectionTemplates.FOOTWEAR;
import static io.omnicart.adapter.demo.data.DemoCollectionTemplates.PACKS;
import static io.omnicart.adapter.demo.data.ProductTemplate.Stock.TRACKED;
import static io.omnicart.adapter.demo.data.ProductTemplate.Stock.UNTRACKED;
import static io.omnicart.core.model.ProductStatus.PROPOSED;
import static io.omnicart.core.model.ProductStatus.PUBLISHED;
import static io.omnicart.core.model.ProductStatus.REJECTED;

import io.omnicart.adapter.demo.data.ProductTemplate.OptionSpec;
import java.util.List;

/** Footwear, packs and camp gear of the Northwind Outfitters catalog, and the gift card. */
final class DemoGearTemplates {

    private static final OptionSpec SHOE_SIZES = OptionSpec.of("Size", "39", "40", "41", "42", "43", "44", "45");

    private DemoGearTemplates() {}

    static List<ProductTemplate> all() {
        return List.of(
                new ProductTemplate(
                        "Tindra Mid GTX Hiking Boot",
                        "tindra-mid-gtx-hiking-boot",
                        "BOOT-TINDRA",
                        FOOTWEAR,
                        PUBLISHED,
                        "189.00",
                        "209.00",
                        TRACKED,
                        "A waterproof mid-cut hiking boot with a Vibram outsole and a nubuck upper that breaks in"
                                + " within a weekend.",
                        List.of(SHOE_SIZES, OptionSpec.of("Color", "Walnut", "Graphite"))),
                new ProductTemplate(
                        "Kvik Trail Runner",
                        "kvik-trail-runner",
                        "SHOE-KVIK",
                        FOOTWEAR,
                        PUBLISHED,
                        "139.00",
                        "155.00",
                        TRACKED,
                        "A grippy, 8 mm drop trail shoe with a rock plate for technical singletrack.",
                        List.of(SHOE_SIZES, OptionSpec.of("Color", "Ocean", "Black"))),
                new ProductTemplate(
                        "Camp Slip-On",
                        "camp-slip-on",
                        "SHOE-CAMP",
                        FOOTWEAR,
                        PUBLISHED,
                        "59.00",
                        "65.00",
                        TRACKED,
                        "Quilted, packable camp shoes with a collapsible heel for hut evenings.",
                        List.of(SHOE_SIZES, OptionSpec.of("Color", "Sand"))),
                new ProductTemplate(
                        "Merino Wool Insoles",
                        "merino-wool-insoles",
                        "INSOLE-WOOL",
                        FOOTWEAR,
                        PROPOSED,
                        "19.00",
                        "22.00",
                        TRACKED,
                        "Felted merino insoles that keep feet warm and dry; proposed by our Tyrolean supplier.",
                        List.of(OptionSpec.of("Size", "S", "M", "L", "XL"))),
                new ProductTemplate(
                        "Ridgeline 28 Daypack",
                        "ridgeline-28-daypack",
                        "PACK-RIDGE28",
                        PACKS,
                        PUBLISHED,
                        "129.00",
                        "145.00",
                        TRACKED,
                        "A 28-litre daypack with a ventilated back panel, hip-belt pockets and a rain cover.",
                        List.of(OptionSpec.of("Color", "Black", "Forest Green", "Rust"))),
                new ProductTemplate(
                        "Ridgeline 45 Trekking Pack",
                        "ridgeline-45-trekking-pack",
                        "PACK-RIDGE45",
                        PACKS,
                        PUBLISHED,
                        "219.00",
                        "245.00",
                        TRACKED,
                        "Our hut-to-hut pack: 45 litres, adjustable back length and a lid that converts into a"
                                + " summit bag.",
                        List.of(
                                OptionSpec.of("Back length", "Regular", "Long"),
                                OptionSpec.of("Color", "Black", "Slate Grey"))),
                new ProductTemplate(
                        "Roll-Top Dry Bag 20 L",
                        "roll-top-dry-bag-20l",
                        "DRYBAG-20",
                        PACKS,
                        PUBLISHED,
                        "25.00",
                        "28.00",
                        TRACKED,
                        "A welded, fully waterproof 20-litre dry bag for canoe trips and rainy bikepacking.",
                        List.of(OptionSpec.of("Color", "Yellow", "Ocean", "Black"))),
                new ProductTemplate(
                        "Trail Hip Pack",
                        "trail-hip-pack",
                        "HIPPACK",
                        PACKS,
                        PUBLISHED,
                        "45.00",
                        "49.00",
                        TRACKED,
                        "Two bottle holsters and room for a wind shell: the short-run essential.",
                        List.of(OptionSpec.of("Color", "Black", "Sand"))),
                new ProductTemplate(
                        "Expedition Duffel 70 L",
                        "expedition-duffel-70l",
                        "DUFFEL-70",
                        PACKS,
                        PUBLISHED,
                        "159.00",
                        "175.00",
                        TRACKED,
                        "A 70-litre TPU-coated duffel with backpack straps, tough enough for any baggage belt.",
                        List.of(OptionSpec.of("Color", "Black", "Red"))),
                new ProductTemplate(
                        "Heritage Canvas Tote",
                        "heritage-canvas-tote",
                        "TOTE-CANVAS",
                        PACKS,
                        REJECTED,
                        "49.00",
                        "55.00",
                        TRACKED,
                        "A waxed canvas tote; rejected in review because the sample straps frayed.",
                        List.of(OptionSpec.of("Color", "Natural"))),
                new ProductTemplate(
                        "Nordlys 2 Ultralight Tent",
                        "nordlys-2-ultralight-tent",
                        "TENT-NORDLYS2",
                        CAMP,
                        PUBLISHED,
                        "449.00",
                        "499.00",
                        TRACKED,
                        "A 1.3 kg two-person tunnel tent with a full-length vestibule, pitched in three minutes.",
                        List.of(OptionSpec.of("Color", "Forest Green", "Sand"))),
                new ProductTemplate(
                        "Polar Down Sleeping Bag -10 °C",
                        "polar-down-sleeping-bag",
                        "BAG-POLAR",
                        CAMP,
                        PUBLISHED,
                        "329.00",
                        "369.00",
                        TRACKED,
                        "A mummy bag with 700 g of 800-fill down, rated to a comfortable -10 °C.",
                        List.of(
                                OptionSpec.of("Length", "Regular", "Long"),
                                OptionSpec.of("Zip", "Left zip", "Right zip"))),
                new ProductTemplate(
                        "Titanium Cook Set",
                        "titanium-cook-set",
                        "COOK-TI",
                        CAMP,
                        PUBLISHED,
                        "69.00",
                        "75.00",
                        TRACKED,
                        "A 750 ml titanium pot, lid and folding spork that nest together at 138 grams.",
                        List.of()),
                new ProductTemplate(
                        "Lumen 400 Headlamp",
                        "lumen-400-headlamp",
                        "LAMP-LUMEN400",
                        CAMP,
                        PUBLISHED,
                        "49.00",
                        "55.00",
                        TRACKED,
                        "400 lumens, red night mode and USB-C charging in a 68-gram headlamp.",
                        List.of(OptionSpec.of("Color", "Black", "Orange"))),
                new ProductTemplate(
                        "Custom Embroidered Beanie",
                        "custom-embroidered-beanie",
                        "BEANIE-CUSTOM",
                        CAMP,
                        PUBLISHED,
                        "35.00",
                        "39.00",
                        UNTRACKED,
                        "A merino-lined beanie embroidered with your club or team name; made to order in 5 days.",
                        List.of(OptionSpec.of("Color", "Black", "Navy", "Rust"))),
                new ProductTemplate(
                        "Northwind Gift Card",
                        "northwind-gift-card",
                        "GIFT",
                        null,
                        PUBLISHED,
                        null,
                        null,
                        UNTRACKED,
                        "A digital gift card delivered by e-mail, redeemable on everything in the shop.",
                        List.of(OptionSpec.of("Amount", "25", "50", "100", "200"))));
    }
}
