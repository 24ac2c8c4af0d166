package io.omnicart.testkit.simulator.medusa.handler;

import io.omnicart.testkit.simulator.http.QueryParams;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.medusa.state.CurrencyCatalog;
import io.omnicart.testkit.simulator.medusa.state.MedusaFailure;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.medusa.state.RegionState;
import io.omnicart.testkit.simulator.medusa.wire.AdminWire;
import io.omnicart.testkit.simulator.medusa.wire.FieldTree;
import io.omnicart.testkit.simulator.medusa.wire.ListEnvelope;
import io.omnicart.testkit.simulator.medusa.wire.MedusaJson;
import io.omnicart.testkit.simulator.medusa.wire.SettingsWire;
import io.omnicart.testkit.simulator.medusa.wire.WireRow;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/** Stores, regions, currencies, sales channels and stock locations (reference §10). */
public final class SettingsHandler {

    private final MedusaStore store;

    public SettingsHandler(MedusaStore store) {
        this.store = store;
    }

    public SimResponse stores(Call call) {
        return list(
                call,
                "stores",
                50,
                Stream.of(store.store()),
                s -> s.id(),
                SettingsWire::store,
                SettingsWire.STORE_DEFAULTS);
    }

    /** An unknown store id is a 200 with {@code {}} (reference §4). */
    public SimResponse store(Call call) {
        if (!store.store().id().equals(call.param(0))) {
            return SimResponse.json(200, MedusaJson.object());
        }
        FieldTree tree = FieldTree.parse(call.fields(), SettingsWire.STORE_DEFAULTS);
        return SimResponse.json(
                200,
                ListEnvelope.single("store", SettingsWire.store(store.store()).project(tree)));
    }

    public SimResponse regions(Call call) {
        Stream<RegionState> rows = Filters.anyOf(store.regions.values().stream(), call.query(), "id", r -> r.id());
        rows = Filters.anyOf(rows, call.query(), "currency_code", RegionState::currencyCode);
        rows = Filters.search(rows, call.query(), r -> r.name());
        return list(call, "regions", 50, rows, RegionState::id, SettingsWire::region, SettingsWire.REGION_DEFAULTS);
    }

    public SimResponse region(Call call) {
        RegionState region = store.regions.get(call.param(0));
        if (region == null) {
            throw MedusaFailure.notFound("Region with id: " + call.param(0) + " not found");
        }
        FieldTree tree = FieldTree.parse(call.fields(), SettingsWire.REGION_DEFAULTS);
        return SimResponse.json(
                200, ListEnvelope.single("region", SettingsWire.region(region).project(tree)));
    }

    public SimResponse currencies(Call call) {
        QueryParams query = call.query();
        Stream<CurrencyCatalog.Currency> rows =
                Filters.anyOf(CurrencyCatalog.all().stream(), query, "code", CurrencyCatalog.Currency::code);
        rows = Filters.search(rows, query, c -> c.code() + " " + c.name());
        return list(
                call,
                "currencies",
                200,
                rows,
                CurrencyCatalog.Currency::code,
                this::currencyRow,
                SettingsWire.CURRENCY_DEFAULTS);
    }

    public SimResponse currency(Call call) {
        CurrencyCatalog.Currency currency = CurrencyCatalog.find(call.param(0).toLowerCase(Locale.ROOT))
                .orElseThrow(() -> MedusaFailure.notFound("Currency with code: " + call.param(0) + " was not found"));
        FieldTree tree = FieldTree.parse(call.fields(), SettingsWire.CURRENCY_DEFAULTS);
        return SimResponse.json(
                200, ListEnvelope.single("currency", currencyRow(currency).project(tree)));
    }

    public SimResponse salesChannels(Call call) {
        return list(
                call,
                "sales_channels",
                20,
                Stream.of(store.salesChannel()),
                c -> c.id(),
                AdminWire::salesChannel,
                "id,name,description,is_disabled,created_at,updated_at,deleted_at,metadata");
    }

    public SimResponse stockLocations(Call call) {
        return list(
                call,
                "stock_locations",
                20,
                Stream.of(store.location()),
                l -> l.id(),
                AdminWire::stockLocation,
                "id,name,metadata,address_id,created_at,updated_at,deleted_at");
    }

    private WireRow currencyRow(CurrencyCatalog.Currency currency) {
        return SettingsWire.currency(currency, store.store().createdAt());
    }

    private <T> SimResponse list(
            Call call,
            String key,
            int defaultLimit,
            Stream<T> rows,
            Function<T, String> id,
            Function<T, WireRow> wire,
            String defaults) {
        var page = ListQuery.of(call.query(), defaultLimit).page(rows, id, (row, field) -> null);
        FieldTree tree = FieldTree.parse(call.fields(), defaults);
        List<? extends tools.jackson.databind.JsonNode> out =
                page.rows().stream().map(row -> wire.apply(row).project(tree)).toList();
        return SimResponse.json(200, ListEnvelope.of(key, out, page.count(), page.offset(), page.limit()));
    }
}
