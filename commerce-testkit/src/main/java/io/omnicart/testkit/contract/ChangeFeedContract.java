package io.omnicart.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.error.UnsupportedCapability;
import io.omnicart.core.model.Capability;
import io.omnicart.core.model.ChangeBatch;
import io.omnicart.core.model.ChangeQuery;
import io.omnicart.core.model.ChangeResource;
import io.omnicart.core.model.Customer;
import io.omnicart.core.model.DraftOrder;
import io.omnicart.core.model.InventoryLevel;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.ResourceChange;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The change feed's delta query: resources modified since an instant, oldest first, each with a version and its
 * normalized summary; a change made through the adapter shows up after the newest earlier modification. A platform
 * without a delta query watches nothing and says {@code UnsupportedCapability}.
 */
public abstract class ChangeFeedContract extends ContractGroup {

    private static final Map<ChangeResource, Class<?>> SUMMARIES = Map.of(
            ChangeResource.ORDER, OrderSummary.class,
            ChangeResource.PRODUCT, Product.class,
            ChangeResource.CUSTOMER, Customer.class,
            ChangeResource.DRAFT_ORDER, DraftOrder.class,
            ChangeResource.INVENTORY, InventoryLevel.class);

    protected ChangeFeedContract(CommerceAdapterContract contract) {
        super(contract);
    }

    @Test
    void everyWatchedResourceAnswersOldestFirstSinceTheInstantAsked() {
        Instant since = contract().now().minus(Duration.ofDays(90));
        for (ChangeResource resource : adapter().changeResources()) {
            ChangeBatch batch = await(adapter().changes(store(), new ChangeQuery(resource, since, 100)));

            assertThat(batch.changes()).as(resource.wire()).isNotEmpty();
            assertThat(batch.changes())
                    .as(resource.wire() + " oldest first")
                    .isSortedAccordingTo(Comparator.comparing(ResourceChange::modifiedAt));
            assertThat(batch.changes()).allSatisfy(change -> {
                assertThat(change.resource()).isEqualTo(resource);
                assertThat(change.modifiedAt()).isAfterOrEqualTo(since);
                assertThat(change.version()).isNotBlank();
                assertThat(change.summary()).isInstanceOf(SUMMARIES.get(resource));
            });
        }
    }

    @Test
    void aFullPageSaysThereIsMore() {
        if (!adapter().changeResources().contains(ChangeResource.ORDER)) {
            return;
        }
        Instant since = contract().now().minus(Duration.ofDays(90));

        ChangeBatch first = await(adapter().changes(store(), new ChangeQuery(ChangeResource.ORDER, since, 1)));

        assertThat(first.changes()).hasSize(1);
        assertThat(first.more()).isTrue();
    }

    @Test
    void aCompletedOrderIsTheOnlyChangeAfterTheNewestEarlierOne() {
        if (!adapter().changeResources().contains(ChangeResource.ORDER)
                || !adapter().capabilities().contains(Capability.ORDER_COMPLETE)) {
            return;
        }
        Instant since = contract().now().minus(Duration.ofDays(90));
        Instant newest =
                await(adapter().changes(store(), new ChangeQuery(ChangeResource.ORDER, since, 100))).changes().stream()
                        .map(ResourceChange::modifiedAt)
                        .max(Comparator.naturalOrder())
                        .orElseThrow();
        String id = seeded().order("pending-unpaid").id();
        await(adapter().completeOrder(store(), id));

        ChangeBatch after =
                await(adapter().changes(store(), new ChangeQuery(ChangeResource.ORDER, newest.plusMillis(1), 100)));

        assertThat(after.changes()).extracting(ResourceChange::id).containsExactly(id);
        assertThat(after.changes().getFirst().facts()).containsEntry("status", "completed");
        assertThat(after.more()).isFalse();
    }

    @Test
    void anUnwatchedResourceIsUnsupported() {
        Set<ChangeResource> watched = adapter().changeResources();
        Set<ChangeResource> unwatched = EnumSet.allOf(ChangeResource.class);
        unwatched.removeAll(watched);
        assertThat(adapter().capabilities().contains(Capability.EVENTS))
                .as("the events capability is claimed exactly when something is watched")
                .isEqualTo(!watched.isEmpty());
        Instant since = contract().now();
        for (ChangeResource resource : unwatched) {
            UnsupportedCapability refused = failure(
                    adapter().changes(store(), new ChangeQuery(resource, since, 10)), UnsupportedCapability.class);
            assertThat(refused.capability()).isEqualTo(Capability.EVENTS);
        }
    }
}
