package io.omnicart.adapter.demo.data;

import io.omnicart.adapter.demo.data.DemoPlaces.City;
import io.omnicart.core.model.Address;
import io.omnicart.core.model.CustomerType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The 60 people who shop at Northwind Outfitters: 45 with an account, 15 guests. */
final class DemoProfileGenerator {

    static final int REGISTERED = 45;

    private static final long SEED = 0x4E57_C057L;
    private static final List<String> DOMAINS = List.of("example.com", "example.net", "example.org");

    private final Random random = new Random(SEED);
    private final Set<String> names = new HashSet<>();
    private final Set<String> emails = new HashSet<>();
    private final Set<String> companies = new HashSet<>();

    List<CustomerProfile> profiles() {
        List<String> countries = DemoPeople.customerCountries();
        Collections.shuffle(countries, random);
        List<CustomerProfile> profiles = new ArrayList<>();
        for (int i = 0; i < countries.size(); i++) {
            profiles.add(profile(countries.get(i), i < REGISTERED ? CustomerType.REGISTERED : CustomerType.GUEST));
        }
        return profiles;
    }

    private CustomerProfile profile(String country, CustomerType type) {
        String[] name = uniqueName(country);
        String company = company(country, type);
        City home = DemoPeople.pick(DemoPlaces.cities(country), random);
        String phone = type == CustomerType.GUEST && random.nextInt(3) == 0 ? null : phone(home);
        String fullName = name[0] + " " + name[1];
        List<Address> addresses = new ArrayList<>();
        addresses.add(address(home, fullName, company, phone));
        if (type == CustomerType.REGISTERED && random.nextInt(10) < 3) {
            addresses.add(address(DemoPeople.pick(DemoPlaces.cities(country), random), fullName, null, phone));
        }
        return new CustomerProfile(name[0], name[1], email(name, company), phone, company, type, addresses);
    }

    private String[] uniqueName(String country) {
        while (true) {
            String[] name = {DemoPeople.firstName(country, random), DemoPeople.lastName(country, random)};
            if (names.add(name[0] + " " + name[1])) {
                return name;
            }
        }
    }

    private @Nullable String company(String country, CustomerType type) {
        boolean business = type == CustomerType.REGISTERED && random.nextInt(100) < 30;
        return business && companies.add(country) ? DemoPeople.company(country) : null;
    }

    private String email(String[] name, @Nullable String company) {
        String first = DemoText.slug(name[0]);
        String last = DemoText.slug(name[1]);
        String local = switch (random.nextInt(4)) {
            case 0 -> first + "." + last;
            case 1 -> first + last + (70 + random.nextInt(30));
            case 2 -> first.charAt(0) + "." + last;
            default -> first + "_" + last;
        };
        String domain = company == null
                ? DemoPeople.pick(DOMAINS, random)
                : DemoText.slug(company.split(" ")[0]) + ".example.com";
        String email = local + "@" + domain;
        return emails.add(email) ? email : unique(local, domain);
    }

    private String unique(String local, String domain) {
        int suffix = 2;
        while (!emails.add(local + suffix + "@" + domain)) {
            suffix++;
        }
        return local + suffix + "@" + domain;
    }

    private String phone(City city) {
        if (city.country().equals("US") || city.country().equals("CA")) {
            return city.dial() + "-555-01" + String.format("%02d", random.nextInt(100));
        }
        return city.dial() + " " + (1000 + random.nextInt(9000)) + " " + (1000 + random.nextInt(9000));
    }

    private Address address(City city, String name, @Nullable String company, @Nullable String phone) {
        String street = DemoPeople.pick(city.streets(), random);
        boolean american = DemoPlaces.NORTH_AMERICA.contains(city.country());
        int number = american ? 100 + random.nextInt(3900) : 1 + random.nextInt(120);
        String line1 = DemoPlaces.numberFirst(city.country()) ? number + " " + street : street + " " + number;
        String line2 = american && company == null && random.nextInt(4) == 0
                ? "Apt " + (1 + random.nextInt(12)) + "ABCD".charAt(random.nextInt(4))
                : null;
        return new Address(
                name, company, line1, line2, city.name(), city.province(), city.postalCode(), city.country(), phone);
    }
}
