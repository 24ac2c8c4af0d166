package io.omnicart.adapter.opencart;

import io.omnicart.adapter.opencart.simulator.OpenCartNativeSimulator;
import io.omnicart.adapter.opencart.simulator.OpenCartTestStore;
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.testkit.contract.CommerceAdapterContract;
import io.omnicart.testkit.contract.ContractProfile;
import io.omnicart.testkit.simulator.RecordedRequest;
import java.time.Duration;
import java.util.UUID;

/**
 * The adapter contract against a seeded OpenCart store (the real bridge under {@code php -S} over MariaDB, the native
 * API simulated): {@link OpenCartAdapterContract30Test} on 3.0 tables, {@link OpenCartAdapterContract40Test} on 4.0,
 * {@link OpenCartAdapterContract41Test} on 4.1 (signed native calls, identifiers in {@code product_code}).
 *
 * <p>What OpenCart cannot express (reference opencart-api.md): it keeps no payment state, only order statuses (§1.7,
 * §6); it fulfils whole orders, by status (§6: ship → Shipped, no per-line fulfilment or tracking); categories have
 * no handle (§8); and 3.0 counts
 * stock per option value, with no variants (§1.8, §7). Regions are the store's geo zones (the seed's regions are
 * written as geo zones), each with the currency most of its countries use. Reads are signed bridge calls, so the probe of the
 * authentication contract logs in nowhere; only status changes use a native session.
 */
abstract class OpenCartAdapterContractTest extends CommerceAdapterContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private final String accountId = "acc_" + UUID.randomUUID();
    private final OpenCartAdapter adapter = OpenCartTestAdapters.create(TIMEOUT);

    /** The store of the subclass's OpenCart version, started once per class. */
    protected abstract OpenCartTestStore store();

    @Override
    protected ContractProfile profile() {
        ContractProfile profile = ContractProfile.full()
                .withoutPaymentStatus()
                .withoutPartialShipments()
                .withoutCollectionHandles();
        return store().version().equals("3.0") ? profile.withoutVariantCombinations() : profile;
    }

    @Override
    protected CommerceAdapter adapter() {
        return adapter;
    }

    @Override
    protected OpenCartNativeSimulator simulator() {
        return store().simulator();
    }

    @Override
    protected StoreConnection connection() {
        return withAccount(store().connection(), accountId);
    }

    @Override
    protected StoreConnection connectionWithWrongCredentials() {
        return withAccount(store().connection(OpenCartNativeSimulator.USERNAME, "0".repeat(64)), accountId + "_wrong");
    }

    @Override
    protected boolean usesTokens() {
        return false;
    }

    @Override
    protected boolean isLogin(RecordedRequest request) {
        String route = request.queryParam("route");
        return request.method().equals("POST")
                && ("api/login".equals(route)
                        || "api/account/login".equals(route)
                        || ("api/order".equals(route) && "omnicart_probe".equals(request.queryParam("call"))));
    }

    @Override
    protected Duration upstreamTimeout() {
        return TIMEOUT;
    }

    @Override
    protected String unknownId(String resource) {
        return "987654321";
    }

    private static StoreConnection withAccount(StoreConnection connection, String accountId) {
        return new StoreConnection(
                accountId,
                connection.workspaceId(),
                connection.platform(),
                connection.baseUrl(),
                connection.credentials());
    }
}
