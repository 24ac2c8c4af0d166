package io.omnicart.gateway.api.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.core.error.FieldError;
import io.omnicart.core.error.InvalidRequest;
import io.omnicart.gateway.api.inventory.InventoryItemRequest;
import io.omnicart.gateway.api.inventory.InventorySyncRequest;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class BodyValidatorTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private final BodyValidator validator = new BodyValidator(FACTORY.getValidator());

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void aValidBodyIsReturned() {
        var body = new InventorySyncRequest(List.of(new InventoryItemRequest("NW-1", 3, null)));

        assertThat(validator.valid(new Checks(), body)).isSameAs(body);
    }

    @Test
    void violationsAndRulesAreNamedByTheirJsonPathTogetherWithEarlierErrors() {
        var body = new InventorySyncRequest(Arrays.asList(
                new InventoryItemRequest("NW-1", 3, null),
                new InventoryItemRequest(" ", -1, "bad id"),
                null,
                new InventoryItemRequest("NW-1", 4, null)));
        Checks checks = Checks.forAccount("bad/account");

        assertThatThrownBy(() -> validator.valid(checks, body))
                .isInstanceOfSatisfying(
                        InvalidRequest.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactlyInAnyOrder(
                                        "accountId",
                                        "items[1].sku",
                                        "items[1].quantity",
                                        "items[1].locationId",
                                        "items[2]",
                                        "items[3].sku"));
    }

    @Test
    void aMissingBodyIsAnErrorOnBody() {
        assertThatThrownBy(() -> validator.valid(new Checks(), null))
                .isInstanceOfSatisfying(
                        InvalidRequest.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("body"));
    }
}
