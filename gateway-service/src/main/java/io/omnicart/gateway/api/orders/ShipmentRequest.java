package io.omnicart.gateway.api.orders;

import io.omnicart.core.model.CreateShipmentCommand;
import io.omnicart.gateway.api.validation.CheckedBody;
import io.omnicart.gateway.api.validation.Checks;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Body of {@code POST /orders/{orderId}/shipments}: a shipment confirmation with tracking. */
@Schema(name = "ShipmentRequest")
public record ShipmentRequest(
        @Schema(description = "Carrier name.", example = "DHL") @NotBlank @Size(max = 100)
        String carrier,

        @Schema(description = "Tracking number.", example = "JJD0099912345678") @NotBlank @Size(max = 100)
        String trackingNumber,

        @Schema(
                description = "Absolute https URL of the carrier's tracking page.",
                format = "uri",
                example = "https://www.dhl.com/track?id=JJD0099912345678")
        @Size(max = 2048)
        @Nullable
        String trackingUrl,

        @Schema(description = "What ships; omit to ship every unfulfilled item.") @Size(max = 500) @Nullable
        List<@NotNull @Valid ShipmentItemRequest> items,

        @Schema(description = "Whether the store e-mails the customer.", defaultValue = "false") @Nullable
        Boolean notifyCustomer)
        implements CheckedBody {

    @Override
    public void checkRules(Checks checks) {
        checks.require(trackingUrl == null || isHttpsUrl(trackingUrl), "trackingUrl", "must be an absolute https URL");
    }

    /** The command of a valid body. */
    CreateShipmentCommand toCommand() {
        List<ShipmentItemRequest> lines = items == null ? List.of() : items;
        return new CreateShipmentCommand(
                carrier.strip(),
                trackingNumber.strip(),
                trackingUrl,
                lines.stream().map(ShipmentItemRequest::toItem).toList(),
                Boolean.TRUE.equals(notifyCustomer));
    }

    private static boolean isHttpsUrl(String value) {
        try {
            URI uri = new URI(value);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
