package io.omnicart.gateway.api.draftorders;

import io.omnicart.core.model.CreateDraftOrderCommand;
import io.omnicart.gateway.api.validation.CheckedBody;
import io.omnicart.gateway.api.validation.Checks;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Body of {@code POST /draft-orders}: exactly one of email/customerId and exactly one of currency/regionId. */
@Schema(
        name = "CreateDraftOrderRequest",
        description = "Give exactly one of email and customerId, and exactly one of currency and regionId.")
public record CreateDraftOrderRequest(
        @Schema(description = "E-mail of a guest buyer.", example = "jane.doe@example.com")
        @Email
        @Size(max = 254)
        @Nullable
        String email,

        @Schema(description = "Id of a registered customer.", example = "cus_01HQ3W6B2D")
        @Pattern(regexp = Checks.ID_PATTERN, message = Checks.ID_MESSAGE)
        @Nullable
        String customerId,

        @Schema(description = "ISO 4217 currency code, upper-case.", example = "EUR")
        @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as EUR")
        @Nullable
        String currency,

        @Schema(description = "Region whose currency and taxes apply.", example = "reg_01HQ3W7C4F")
        @Pattern(regexp = Checks.ID_PATTERN, message = Checks.ID_MESSAGE)
        @Nullable
        String regionId,

        @Schema(description = "1 to 100 lines.") @NotNull @Size(min = 1, max = MAX_ITEMS)
        List<@NotNull @Valid DraftOrderItemRequest> items)
        implements CheckedBody {

    static final int MAX_ITEMS = 100;

    @Override
    public void checkRules(Checks checks) {
        checks.require((email == null) != (customerId == null), "email", "give exactly one of email, customerId");
        checks.require((currency == null) != (regionId == null), "currency", "give exactly one of currency, regionId");
        if (currency != null && currency.matches("^[A-Z]{3}$")) {
            checks.require(isCurrency(currency), "currency", "unknown ISO 4217 currency '" + currency + "'");
        }
        for (int i = 0; items != null && i < items.size(); i++) {
            if (items.get(i) != null) {
                items.get(i).checkRules(checks, "items[" + i + "]");
            }
        }
    }

    CreateDraftOrderCommand toCommand() {
        return new CreateDraftOrderCommand(
                email,
                customerId,
                currency,
                regionId,
                items.stream().map(DraftOrderItemRequest::toItem).toList());
    }

    private static boolean isCurrency(String code) {
        return Currency.getAvailableCurrencies().stream()
                .anyMatch(c -> c.getCurrencyCode().equals(code));
    }
}
