package io.omnicart.adapter.demo.data;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Cities, streets, dialling codes and sales-tax rates of the two regions the shop sells to. */
final class DemoPlaces {

    static final List<String> EUROPE = List.of("DE", "FR", "NL", "SE", "DK", "IT", "ES", "AT", "BE");
    static final List<String> NORTH_AMERICA = List.of("US", "CA");

    /** Streets where the house number comes first ({@code 12 Rue Mercière}, {@code 1520 Pike St}). */
    private static final Set<String> NUMBER_FIRST = Set.of("FR", "US", "CA");

    private static final Map<String, String> EU_VAT = Map.of(
            "DE", "0.19", "FR", "0.20", "NL", "0.21", "SE", "0.25", "DK", "0.25", "IT", "0.22", "ES", "0.21", "AT",
            "0.20", "BE", "0.21");
    private static final Map<String, String> NA_SALES_TAX = Map.ofEntries(
            Map.entry("WA", "0.1025"),
            Map.entry("OR", "0.00"),
            Map.entry("CO", "0.0881"),
            Map.entry("NY", "0.08875"),
            Map.entry("MA", "0.0625"),
            Map.entry("TX", "0.0825"),
            Map.entry("VT", "0.07"),
            Map.entry("BC", "0.12"),
            Map.entry("ON", "0.13"),
            Map.entry("QC", "0.14975"),
            Map.entry("AB", "0.05"));

    private DemoPlaces() {}

    /** A city with two of its streets and the phone prefix of its area. */
    record City(
            String country,
            String name,
            @Nullable String province,
            String postalCode,
            List<String> streets,
            String dial) {}

    private static final List<City> CITIES = List.of(
            new City("DE", "Berlin", null, "10435", List.of("Kastanienallee", "Oderberger Straße"), "+49 30"),
            new City("DE", "München", null, "80469", List.of("Gärtnerplatz", "Fraunhoferstraße"), "+49 89"),
            new City("DE", "Hamburg", null, "22767", List.of("Große Bergstraße", "Ottenser Hauptstraße"), "+49 40"),
            new City(
                    "DE", "Freiburg im Breisgau", null, "79098", List.of("Schusterstraße", "Konviktstraße"), "+49 761"),
            new City("FR", "Lyon", null, "69002", List.of("Rue Mercière", "Quai Saint-Antoine"), "+33 4"),
            new City("FR", "Annecy", null, "74000", List.of("Avenue de Genève", "Rue Sainte-Claire"), "+33 4"),
            new City("FR", "Paris", null, "75011", List.of("Rue de la Roquette", "Rue Oberkampf"), "+33 1"),
            new City("NL", "Amsterdam", null, "1015 CJ", List.of("Prinsengracht", "Westerstraat"), "+31 20"),
            new City("NL", "Utrecht", null, "3511 LN", List.of("Oudegracht", "Lange Nieuwstraat"), "+31 30"),
            new City("NL", "Haarlem", null, "2011 HJ", List.of("Grote Houtstraat", "Zijlstraat"), "+31 23"),
            new City("SE", "Stockholm", null, "118 46", List.of("Götgatan", "Hornsgatan"), "+46 8"),
            new City("SE", "Göteborg", null, "413 04", List.of("Linnégatan", "Vasagatan"), "+46 31"),
            new City("SE", "Åre", null, "837 52", List.of("Årevägen", "Mörviksvägen"), "+46 647"),
            new City("DK", "København", null, "2200", List.of("Nørrebrogade", "Jægersborggade"), "+45 3"),
            new City("DK", "Aarhus", null, "8000", List.of("Vestergade", "Mejlgade"), "+45 8"),
            new City("IT", "Milano", "MI", "20121", List.of("Via Brera", "Corso Garibaldi"), "+39 02"),
            new City("IT", "Bolzano", "BZ", "39100", List.of("Via dei Portici", "Via Museo"), "+39 0471"),
            new City("ES", "Barcelona", "B", "08012", List.of("Carrer de Verdi", "Carrer Gran de Gràcia"), "+34 93"),
            new City("ES", "Granada", "GR", "18009", List.of("Calle Elvira", "Calle Navas"), "+34 958"),
            new City("AT", "Innsbruck", null, "6020", List.of("Maria-Theresien-Straße", "Anichstraße"), "+43 512"),
            new City("AT", "Wien", null, "1070", List.of("Neubaugasse", "Zollergasse"), "+43 1"),
            new City("BE", "Gent", null, "9000", List.of("Veldstraat", "Sint-Pietersnieuwstraat"), "+32 9"),
            new City("BE", "Antwerpen", null, "2000", List.of("Kammenstraat", "Nationalestraat"), "+32 3"),
            new City("US", "Seattle", "WA", "98101", List.of("Pike St", "Western Ave"), "+1 206"),
            new City("US", "Portland", "OR", "97209", List.of("NW 23rd Ave", "NW Glisan St"), "+1 503"),
            new City("US", "Boulder", "CO", "80302", List.of("Pearl St", "Mapleton Ave"), "+1 303"),
            new City("US", "Brooklyn", "NY", "11211", List.of("Bedford Ave", "Driggs Ave"), "+1 718"),
            new City("US", "Boston", "MA", "02116", List.of("Newbury St", "Tremont St"), "+1 617"),
            new City("US", "Austin", "TX", "78704", List.of("S Congress Ave", "S 1st St"), "+1 512"),
            new City("US", "Burlington", "VT", "05401", List.of("Church St", "Pine St"), "+1 802"),
            new City("CA", "Vancouver", "BC", "V6B 1A1", List.of("Granville St", "Main St"), "+1 604"),
            new City("CA", "Toronto", "ON", "M5V 2T6", List.of("Queen St W", "Spadina Ave"), "+1 416"),
            new City(
                    "CA", "Montréal", "QC", "H2X 1Y4", List.of("Rue Saint-Denis", "Boulevard Saint-Laurent"), "+1 514"),
            new City("CA", "Calgary", "AB", "T2P 1J9", List.of("Stephen Ave SW", "17 Ave SW"), "+1 403"));

    static List<City> cities(String country) {
        return CITIES.stream().filter(city -> city.country().equals(country)).toList();
    }

    static boolean numberFirst(String country) {
        return NUMBER_FIRST.contains(country);
    }

    /** EUR for the European region, USD for North America. */
    static Currency currency(String country) {
        return Currency.getInstance(NORTH_AMERICA.contains(country) ? "USD" : "EUR");
    }

    /** VAT by country in Europe; state or provincial sales tax (incl. GST/HST) in North America. */
    static BigDecimal taxRate(String country, @Nullable String province) {
        String rate = NORTH_AMERICA.contains(country) ? NA_SALES_TAX.get(province) : EU_VAT.get(country);
        return new BigDecimal(rate == null ? "0" : rate);
    }
}
