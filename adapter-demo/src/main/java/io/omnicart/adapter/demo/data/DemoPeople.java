package io.omnicart.adapter.demo.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/** First names, family names and outdoor businesses per country, and how the 60 customers spread over them. */
final class DemoPeople {

    private static final Map<String, List<String>> FIRST_NAMES = Map.ofEntries(
            Map.entry("DE", List.of("Lukas", "Anna", "Jonas", "Lena", "Felix", "Sophie", "Maximilian", "Hannah")),
            Map.entry("FR", List.of("Camille", "Louis", "Chloé", "Hugo", "Léa", "Théo")),
            Map.entry("NL", List.of("Daan", "Sanne", "Lotte", "Bram", "Fleur", "Sem")),
            Map.entry("SE", List.of("Erik", "Astrid", "Linnea", "Oskar", "Maja")),
            Map.entry("DK", List.of("Mads", "Freja", "Ida", "Magnus")),
            Map.entry("IT", List.of("Giulia", "Marco", "Chiara", "Luca")),
            Map.entry("ES", List.of("Lucía", "Pablo", "Elena", "Javier")),
            Map.entry("AT", List.of("Tobias", "Katharina", "Florian", "Magdalena")),
            Map.entry("BE", List.of("Noah", "Louise", "Arthur", "Elise")),
            Map.entry("US", List.of("Emily", "Jacob", "Olivia", "Ethan", "Madison", "Tyler", "Grace", "Daniel")),
            Map.entry("CA", List.of("Liam", "Chloe", "Nathan", "Maya", "Olivier")));
    private static final Map<String, List<String>> LAST_NAMES = Map.ofEntries(
            Map.entry("DE", List.of("Schneider", "Wagner", "Becker", "Hoffmann", "Richter", "Weber", "Krüger")),
            Map.entry("FR", List.of("Dubois", "Laurent", "Moreau", "Lefèvre", "Girard", "Fontaine")),
            Map.entry("NL", List.of("de Vries", "Jansen", "Bakker", "Visser", "van Dijk", "Smit")),
            Map.entry("SE", List.of("Lindqvist", "Johansson", "Nilsson", "Berg", "Åberg")),
            Map.entry("DK", List.of("Nielsen", "Jensen", "Larsen", "Holm")),
            Map.entry("IT", List.of("Rossi", "Bianchi", "Ferrari", "Conti")),
            Map.entry("ES", List.of("García", "Fernández", "Navarro", "Romero")),
            Map.entry("AT", List.of("Gruber", "Huber", "Pichler", "Moser")),
            Map.entry("BE", List.of("Peeters", "Janssens", "Maes", "Claes")),
            Map.entry("US", List.of("Miller", "Johnson", "Brooks", "Carter", "Nguyen", "Ramirez", "Patel", "Walsh")),
            Map.entry("CA", List.of("Tremblay", "MacDonald", "Roy", "Campbell", "Gagnon")));
    private static final Map<String, String> COMPANIES = Map.ofEntries(
            Map.entry("DE", "Bergschule Allgäu GmbH"),
            Map.entry("FR", "Guides du Mont-Blanc SARL"),
            Map.entry("NL", "Wadlopen Noord B.V."),
            Map.entry("SE", "Fjällguiderna AB"),
            Map.entry("DK", "Friluftsklubben Aarhus"),
            Map.entry("IT", "Rifugio Tre Cime S.r.l."),
            Map.entry("ES", "Aventura Pirineos S.L."),
            Map.entry("AT", "Alpinschule Tirol"),
            Map.entry("BE", "Ardennes Outdoor BV"),
            Map.entry("US", "Cascade Trail Crew LLC"),
            Map.entry("CA", "Banff Backcountry Tours Ltd."));
    /** Customers per country: 40 in Europe, 20 in North America. */
    private static final Map<String, Integer> CUSTOMERS_PER_COUNTRY = Map.ofEntries(
            Map.entry("DE", 10),
            Map.entry("NL", 6),
            Map.entry("FR", 5),
            Map.entry("SE", 4),
            Map.entry("DK", 3),
            Map.entry("IT", 3),
            Map.entry("ES", 3),
            Map.entry("AT", 3),
            Map.entry("BE", 3),
            Map.entry("US", 14),
            Map.entry("CA", 6));

    private DemoPeople() {}

    static String firstName(String country, Random random) {
        return pick(FIRST_NAMES.get(country), random);
    }

    static String lastName(String country, Random random) {
        return pick(LAST_NAMES.get(country), random);
    }

    static String company(String country) {
        return COMPANIES.get(country);
    }

    /** One country code per customer, in a fixed order (callers shuffle with their own seeded random). */
    static List<String> customerCountries() {
        List<String> countries = new ArrayList<>();
        Stream.concat(DemoPlaces.EUROPE.stream(), DemoPlaces.NORTH_AMERICA.stream())
                .forEach(country -> countries.addAll(Collections.nCopies(CUSTOMERS_PER_COUNTRY.get(country), country)));
        return countries;
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
