package io.omnicart.adapter.opencart;

import io.omnicart.adapter.opencart.simulator.OpenCartTestStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The adapter contract on an OpenCart 4.0 store. */
class OpenCartAdapterContract40Test extends OpenCartAdapterContractTest {

    private static OpenCartTestStore store;

    @BeforeAll
    static void startStore() {
        store = OpenCartTestStore.seedable("4.0");
    }

    @AfterAll
    static void stopStore() {
        store.close();
    }

    @Override
    protected OpenCartTestStore store() {
        return store;
    }
}
