package io.omnicart.adapter.demo.data;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Which carriers deliver to a country, and what their tracking numbers and tracking pages look like. */
final class DemoCarriers {

    private static final Map<String, List<String>> BY_COUNTRY = Map.ofEntries(
            Map.entry("DE", List.of("DHL", "DPD")),
            Map.entry("AT", List.of("DHL", "DPD")),
            Map.entry("NL", List.of("DHL", "UPS")),
            Map.entry("BE", List.of("DPD", "UPS")),
            Map.entry("FR", List.of("DPD", "UPS")),
            Map.entry("IT", List.of("DHL", "UPS")),
            Map.entry("ES", List.of("DHL", "UPS")),
            Map.entry("SE", List.of("PostNord")),
            Map.entry("DK", List.of("PostNord", "DHL")),
            Map.entry("US", List.of("USPS", "UPS", "FedEx")),
            Map.entry("CA", List.of("Canada Post", "UPS")));
    private static final Map<String, String> TRACKING_PAGES = Map.of(
            "DHL", "https://www.dhl.com/global-en/home/tracking/tracking-parcel.html?submit=1&tracking-id=",
            "DPD", "https://tracking.dpd.de/status/en_US/parcel/",
            "UPS", "https://www.ups.com/track?tracknum=",
            "PostNord", "https://tracking.postnord.com/en/?id=",
            "USPS", "https://tools.usps.com/go/TrackConfirmAction?tLabels=",
            "FedEx", "https://www.fedex.com/fedextrack/?trknbr=",
            "Canada Post", "https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=");

    private DemoCarriers() {}

    /** A carrier's label for one parcel. */
    record Parcel(String carrier, String trackingNumber, String trackingUrl) {}

    static Parcel parcel(String country, Random random) {
        String carrier = DemoPeople.pick(BY_COUNTRY.get(country), random);
        String number = trackingNumber(carrier, random);
        return new Parcel(carrier, number, TRACKING_PAGES.get(carrier) + number);
    }

    private static String trackingNumber(String carrier, Random random) {
        return switch (carrier) {
            case "DHL" -> "00340434" + digits(12, random);
            case "DPD" -> "0" + digits(13, random);
            case "UPS" -> "1Z" + digits(6, random).replace('0', 'E').replace('7', 'W') + "03" + digits(8, random);
            case "PostNord" -> "00373" + digits(15, random);
            case "USPS" -> "9400" + digits(18, random);
            case "Canada Post" -> digits(16, random);
            default -> digits(12, random);
        };
    }

    private static String digits(int count, Random random) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}
