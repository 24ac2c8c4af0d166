package io.omnicart.adapter.medusa.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.adapter.medusa.MedusaSamples;
import io.omnicart.adapter.medusa.model.MedusaCollection;
import io.omnicart.adapter.medusa.model.MedusaList;
import io.omnicart.adapter.medusa.model.MedusaOrder;
import io.omnicart.adapter.medusa.model.MedusaStore;
import io.omnicart.core.error.NotFound;
import io.omnicart.core.error.UpstreamContractViolation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MedusaRepliesTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final MedusaReplies replies = new MedusaReplies(json);

    @Test
    void anEmptyObjectForAnUnknownCollectionOrStoreIsNotFound() {
        assertThatThrownBy(() -> replies.entity(
                        MedusaSamples.response("admin-collections-retrieve-unknown-200-empty"),
                        "collection",
                        MedusaCollection.class,
                        "collection",
                        "pcol_DOESNOTEXIST"))
                .isInstanceOfSatisfying(NotFound.class, e -> {
                    assertThat(e.resource()).isEqualTo("collection");
                    assertThat(e.id()).isEqualTo("pcol_DOESNOTEXIST");
                });
        assertThatThrownBy(() -> replies.entity(
                        MedusaSamples.response("admin-stores-retrieve-unknown-200-empty"),
                        "store",
                        MedusaStore.class,
                        "store",
                        "store_DOESNOTEXIST"))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void listsKeepMedusasCountAndOffset() {
        MedusaList<MedusaOrder> drafts =
                replies.list(MedusaSamples.response("admin-draft-orders-list"), "draft_orders", MedusaOrder.class);

        assertThat(drafts.items())
                .isNotEmpty()
                .allSatisfy(draft -> assertThat(draft.status()).isEqualTo("draft"));
        assertThat(drafts.count()).isEqualTo(drafts.items().size());
        assertThat(drafts.offset()).isZero();
    }

    @Test
    void aBodyWithoutTheEnvelopeIsAContractViolation() {
        assertThatThrownBy(() -> replies.list(json.readTree("{\"data\":[]}"), "orders", MedusaOrder.class))
                .isInstanceOf(UpstreamContractViolation.class);
        assertThatThrownBy(() -> replies.list(json.readTree("[]"), "orders", MedusaOrder.class))
                .isInstanceOf(UpstreamContractViolation.class);
        assertThatThrownBy(() -> replies.created(json.readTree("{}"), "collection", MedusaCollection.class))
                .isInstanceOf(UpstreamContractViolation.class);
    }

    @Test
    void queriesEncodeArraysAndOperatorsTheQsWay() {
        MedusaQuery query = MedusaQuery.fields("id")
                .withEach("sku", java.util.List.of("A B", "C+D"))
                .with("created_at[$gte]", "2026-01-01T00:00:00Z")
                .with("q", null)
                .page(50, 100);

        assertThat(query.encode())
                .isEqualTo("fields=id&sku%5B%5D=A%20B&sku%5B%5D=C%2BD"
                        + "&created_at%5B%24gte%5D=2026-01-01T00%3A00%3A00Z&limit=50&offset=100");
        assertThat(MedusaCalls.path("/admin/orders/", "../x?y", "/cancel"))
                .isEqualTo("/admin/orders/..%2Fx%3Fy/cancel");
    }
}
