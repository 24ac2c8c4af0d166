package io.omnicart.adapter.demo.data;

import io.omnicart.core.model.CurrencySetting;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.Region;
import io.omnicart.core.model.StoreSettings;
import java.util.List;

/** The store's name, currencies and regions. */
final class DemoSettingsFactory {

    static final String STORE_NAME = "Northwind Outfitters";
    static final String EUROPE_ID = "reg_01JBZ6Y0E4Q1K8R3N5T7V9XA2C";
    static final String NORTH_AMERICA_ID = "reg_01JBZ6Y0E4Q1K8R3N5T7V9XB7D";
    /** The single stock location every inventory level refers to. */
    static final String WAREHOUSE_ID = "sloc_01JBZ6Y0E4AMSTERDAM0WH0001";

    private DemoSettingsFactory() {}

    static StoreSettings settings() {
        return new StoreSettings(
                STORE_NAME,
                Platform.DEMO,
                null,
                "EUR",
                List.of(new CurrencySetting("EUR", true), new CurrencySetting("USD", false)),
                List.of(
                        new Region(EUROPE_ID, "Europe", "EUR", DemoPlaces.EUROPE),
                        new Region(NORTH_AMERICA_ID, "North America", "USD", DemoPlaces.NORTH_AMERICA)),
                "Europe/Amsterdam");
    }

    static String regionId(String country) {
        return DemoPlaces.NORTH_AMERICA.contains(country) ? NORTH_AMERICA_ID : EUROPE_ID;
    }
}
