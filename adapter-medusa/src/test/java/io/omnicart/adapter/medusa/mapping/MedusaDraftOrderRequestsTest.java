package io.omnicart.adapter.medusa.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.adapter.medusa.model.MedusaDraftOrderItem;
import io.omnicart.adapter.medusa.model.MedusaDraftOrderRequest;
import io.omnicart.adapter.medusa.model.MedusaVariant;
import io.omnicart.core.error.InvalidRequest;
import io.omnicart.core.model.CreateDraftOrderCommand;
import io.omnicart.core.model.DraftOrderItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Draft-order lines reach Medusa by variant id only: Medusa 2.21.2 cannot price a {@code variant_sku} line. */
class MedusaDraftOrderRequestsTest {

    private static final CreateDraftOrderCommand MIXED = new CreateDraftOrderCommand(
            "buyer@example.com",
            null,
            "EUR",
            null,
            List.of(
                    new DraftOrderItem(null, " TEE-M ", 2),
                    new DraftOrderItem("variant_hood", null, 1),
                    new DraftOrderItem(null, "TEE-M", 1)));

    @Test
    void theSkusToResolveAreTheDistinctSkusOfLinesWithoutAVariant() {
        assertThat(MedusaDraftOrderRequests.skus(MIXED)).containsExactly("TEE-M");
    }

    @Test
    void everyLineIsSentByVariantIdAndNeverByVariantSku() {
        Map<String, String> ids = MedusaDraftOrderRequests.variantIds(
                MIXED, List.of(variant("variant_teem", "TEE-M"), variant("variant_other", "TEE-M-LONG")));

        MedusaDraftOrderRequest body = MedusaDraftOrderRequests.toRequest(MIXED, "reg_eu", "sc_web", ids);

        assertThat(body.items())
                .containsExactly(
                        new MedusaDraftOrderItem("variant_teem", 2),
                        new MedusaDraftOrderItem("variant_hood", 1),
                        new MedusaDraftOrderItem("variant_teem", 1));
        String json = JsonMapper.builder().build().writeValueAsString(body);
        assertThat(json).doesNotContain("variant_sku").contains("\"variant_id\":\"variant_teem\"");
        assertThat(json).contains("\"region_id\":\"reg_eu\"", "\"sales_channel_id\":\"sc_web\"");
    }

    @Test
    void aSkuWithoutAVariantIsAValidationFailureOfItsLine() {
        CreateDraftOrderCommand command = new CreateDraftOrderCommand(
                "buyer@example.com",
                null,
                "EUR",
                null,
                List.of(new DraftOrderItem("variant_hood", null, 1), new DraftOrderItem(null, "NOPE-1", 1)));

        assertThatThrownBy(() -> MedusaDraftOrderRequests.variantIds(command, List.of(variant("variant_x", "NOPE-10"))))
                .isInstanceOfSatisfying(
                        InvalidRequest.class,
                        e -> assertThat(e.errors())
                                .singleElement()
                                .satisfies(error -> assertThat(error.field()).isEqualTo("items[1].sku")))
                .hasMessageContaining("NOPE-1");
    }

    @Test
    void aSkuHeldBySeveralVariantsAsksForTheVariantId() {
        CreateDraftOrderCommand command = new CreateDraftOrderCommand(
                "buyer@example.com", null, "EUR", null, List.of(new DraftOrderItem(null, "DUP", 1)));

        assertThatThrownBy(() -> MedusaDraftOrderRequests.variantIds(
                        command, List.of(variant("variant_a", "DUP"), variant("variant_b", "DUP"))))
                .isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("variantId");
    }

    private static MedusaVariant variant(String id, String sku) {
        return new MedusaVariant(id, null, sku, null, null, null, null, null, null);
    }
}
