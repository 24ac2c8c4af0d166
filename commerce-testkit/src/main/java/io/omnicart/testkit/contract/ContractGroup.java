package io.omnicart.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.core.error.CommerceException;
import io.omnicart.core.error.UnsupportedCapability;
import io.omnicart.core.model.Capability;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.PaymentStatus;
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.testkit.simulator.UpstreamSimulator;
import io.omnicart.testkit.simulator.seed.SeededStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What every group of the contract shares: the adapter, the connection and the seeded store of the current test, and
 * helpers that wait for a publisher (tests may block; production code may not) or check a capability honestly.
 */
public abstract class ContractGroup {

    /** Longest a single adapter call may take in the contract. */
    protected static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final CommerceAdapterContract contract;

    protected ContractGroup(CommerceAdapterContract contract) {
        this.contract = contract;
    }

    protected CommerceAdapterContract contract() {
        return contract;
    }

    protected CommerceAdapter adapter() {
        return contract.adapter();
    }

    protected StoreConnection store() {
        return contract.connection();
    }

    protected UpstreamSimulator simulator() {
        return contract.simulator();
    }

    protected SeededStore seeded() {
        return contract.seeded();
    }

    protected ContractProfile profile() {
        return contract.profile();
    }

    /** The payment status an adapter reports for {@code recorded}: {@code unknown} where payments are not recorded. */
    protected PaymentStatus payment(PaymentStatus recorded) {
        return profile().paymentStatus() ? recorded : PaymentStatus.UNKNOWN;
    }

    /** The value of a call that must succeed. */
    protected static <T> T await(Mono<T> call) {
        return call.block(CALL_TIMEOUT);
    }

    protected static <T> List<T> awaitAll(Flux<T> call) {
        return call.collectList().block(CALL_TIMEOUT);
    }

    /** The error a call must fail with. */
    protected static <E extends CommerceException> E failure(Mono<?> call, Class<E> type) {
        Throwable[] error = new Throwable[1];
        assertThatThrownBy(() -> await(call)).isInstanceOf(type).satisfies(thrown -> error[0] = thrown);
        return type.cast(error[0]);
    }

    /**
     * Whether the adapter claims {@code capability}. When it does not, {@code call} must fail with {@code
     * UnsupportedCapability} for it: the contract checks that instead of skipping the test.
     */
    protected boolean supports(Capability capability, Supplier<? extends Mono<?>> call) {
        if (adapter().capabilities().contains(capability)) {
            return true;
        }
        UnsupportedCapability refused = failure(call.get(), UnsupportedCapability.class);
        assertThat(refused.capability()).isEqualTo(capability);
        return false;
    }

    /** Every item of a list, page by page with {@code limit}; checks the cursors end and never repeat. */
    protected static <T> List<T> allPages(Function<PageRequest, Mono<Page<T>>> list, int limit) {
        List<T> items = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        @Nullable String cursor = null;
        for (int page = 0; page < 1_000; page++) {
            Page<T> result = await(list.apply(new PageRequest(limit, cursor)));
            assertThat(result.data()).hasSizeLessThanOrEqualTo(limit);
            assertThat(result.limit()).isEqualTo(limit);
            items.addAll(result.data());
            cursor = result.nextCursor();
            if (cursor == null) {
                return items;
            }
            assertThat(cursors).doesNotContain(cursor);
            cursors.add(cursor);
        }
        throw new AssertionError("the list never ended");
    }
}
