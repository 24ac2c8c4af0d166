package io.omnicart.testkit.contract;

import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.testkit.simulator.RecordedRequest;
import io.omnicart.testkit.simulator.UpstreamSimulator;
import io.omnicart.testkit.simulator.seed.SeededStore;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

/**
 * The adapter contract: what every {@link CommerceAdapter} must do, written once against the SPI and an {@link
 * UpstreamSimulator}. An adapter module binds it to its simulator in a small subclass ({@code MedusaAdapterContractTest
 * extends CommerceAdapterContract}); every behaviour — paging and filters, each action and its refusals, not-found,
 * one re-login when a token expires, 429 with {@code Retry-After}, 5xx, slow upstream, malformed JSON, unknown extra
 * fields — is asserted here, not in the adapters.
 *
 * <p>Before each test the simulator is reset and seeded with the {@link StandardSeed}; tests find entities through the
 * {@link SeededStore} (by handle, SKU, e-mail or seed key). Operations outside {@link CommerceAdapter#capabilities()}
 * are not skipped: the contract asserts that they fail with {@code UnsupportedCapability}. Expectations come from the
 * seed as the simulator stored it ({@link SeededStore#seed()}); what a platform cannot express at all is declared in
 * its {@link #profile()}, and the contract then asserts what the adapter reports instead.
 *
 * <p>Groups: {@link OrderListContract}, {@link OrderDetailContract}, {@link OrderActionContract}, {@link ProductContract}, {@link
 * InventoryContract}, {@link CustomerContract}, {@link CollectionContract}, {@link DraftOrderContract}, {@link
 * StoreContract}, {@link AuthenticationContract}, {@link UpstreamFailureContract}, {@link NotFoundContract}.
 */
public abstract class CommerceAdapterContract {

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private SeededStore seeded;

    /**
     * The adapter under test. It must be built with {@link #upstreamTimeout()} as its HTTP response timeout and a token
     * cache of its own for the current test (a fresh adapter per test is simplest).
     */
    protected abstract CommerceAdapter adapter();

    /** The running simulator; the contract resets and seeds it before every test. */
    protected abstract UpstreamSimulator simulator();

    /** A connection to {@link #simulator()} with the credential type under test. */
    protected abstract StoreConnection connection();

    /** The same store, with credentials of the same type that the platform rejects. */
    protected abstract StoreConnection connectionWithWrongCredentials();

    /**
     * Whether {@link #connection()} logs in for a token that {@link UpstreamSimulator#expireTokens()} invalidates, as
     * opposed to sending a long-lived key with every request.
     */
    protected abstract boolean usesTokens();

    /** Whether a recorded request is the platform's login (token) call. */
    protected abstract boolean isLogin(RecordedRequest request);

    /** The response timeout the adapter's HTTP client was built with (keep it short: the slow-upstream test waits). */
    protected abstract Duration upstreamTimeout();

    /** An id in the platform's format that names no entity of {@code resource} ({@code order}, {@code product}, …). */
    protected String unknownId(String resource) {
        return resource + "_DOESNOTEXIST";
    }

    /** Whether the platform archives only completed and cancelled orders (and refuses open ones). */
    protected boolean archivesOnlyClosedOrders() {
        return true;
    }

    /** Whether the platform refuses to cancel an order with shipped items (Medusa: cancel the fulfillments first). */
    protected boolean cancelRefusesShippedOrders() {
        return true;
    }

    /** What the platform can express; see {@link ContractProfile}. Everything, unless a platform says otherwise. */
    protected ContractProfile profile() {
        return ContractProfile.full();
    }

    @BeforeEach
    protected final void seedTheStandardStore() {
        simulator().reset();
        seeded = simulator().seed(StandardSeed.create(now));
    }

    /** The ids the simulator gave the standard store of this test. */
    public final SeededStore seeded() {
        return seeded;
    }

    /** The instant the standard store was seeded relative to (orders were placed 30 to 8 days before it). */
    public final Instant now() {
        return now;
    }

    @Nested
    class OrderLists extends OrderListContract {
        OrderLists() {
            super(CommerceAdapterContract.this);
        }
    }

    @Nested
    class OrderDetails extends OrderDetailContract {
        OrderDetails() {
            super(CommerceAdapterContract.this);
        }
    }

    @Nested
    class OrderActions extends OrderActionContract {
        OrderActions() {
            super(CommerceAdapterContract.this);
        }
    }

    @Nested
    class Products extends ProductContract {
        Products() {
            super(CommerceAdapterContract.this);
        }
    }

    @Nested
    class Inventory extends InventoryContract {
        Inventory() {
            super(CommerceAdapterContract.this);
        }
    }

    @Nested
    class Customers extends CustomerContract {
        Customers() {
            super(CommerceAdapterContract.this);
        }
    }

    @Nested
    class Collections extends CollectionContract {
        Collections() {
            super(CommerceAdapterContract.this);
        }
    }

    @Nested
    class DraftOrders extends DraftOrderContract {
        DraftOrders() {
            super(CommerceAdapterContract.this);
        }
    }

    @Nested
    class Store extends StoreContract {
        Store() {
            super(CommerceAdapterContract.this);
        }
    }

    @Nested
    class Authentication extends AuthenticationContract {
        Authentication() {
            super(CommerceAdapterContract.this);
        }
    }

    @Nested
    class UpstreamFailures extends UpstreamFailureContract {
        UpstreamFailures() {
            super(CommerceAdapterContract.this);
        }
    }

    @Nested
    class NotFoundPerResource extends NotFoundContract {
        NotFoundPerResource() {
            super(CommerceAdapterContract.this);
        }
    }

    @Nested
    class Changes extends ChangeFeedContract {
        Changes() {
            super(CommerceAdapterContract.this);
        }
    }
}
