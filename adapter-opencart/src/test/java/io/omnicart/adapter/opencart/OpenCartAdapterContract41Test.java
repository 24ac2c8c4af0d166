package io.omnicart.adapter.opencart;

import io.omnicart.adapter.opencart.simulator.OpenCartTestStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The adapter contract on an OpenCart 4.1 store. */
class OpenCartAdapterContract41Test extends OpenCartAdapterContractTest {

    private static OpenCartTestStore store;

    @BeforeAll
    static void startStore() {
        store = OpenCartTestStore.seedable("4.1");
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
