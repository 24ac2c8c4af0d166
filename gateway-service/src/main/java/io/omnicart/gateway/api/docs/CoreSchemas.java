package io.omnicart.gateway.api.docs;

import io.omnicart.core.model.Capability;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Arrays;
import java.util.List;

/** Hand-written schemas for the types whose wire form differs from their Java shape. */
final class CoreSchemas {

    private CoreSchemas() {}

    static Schema<?> money() {
        return WireSchemas.typed("object")
                .description(
                        "An amount in major units and its currency. The amount is a decimal string, never a float.")
                .addProperty(
                        "amount",
                        WireSchemas.string("Decimal amount in major units.")
                                .pattern("^-?[0-9]+(\\.[0-9]+)?$")
                                .example("94.43"))
                .addProperty("currency", currency())
                .required(List.of("amount", "currency"))
                .example(java.util.Map.of("amount", "94.43", "currency", "EUR"));
    }

    static Schema<?> currency() {
        return WireSchemas.string("ISO 4217 currency code, upper-case.")
                .pattern("^[A-Z]{3}$")
                .example("EUR");
    }

    static Schema<?> currencySetting() {
        return WireSchemas.typed("object")
                .addProperty("code", currency())
                .addProperty(
                        "default",
                        WireSchemas.typed("boolean").description("Whether this is the store's default currency."))
                .required(List.of("code", "default"));
    }

    static Schema<?> capabilities(Class<Capability> type) {
        Schema<?> schema = WireSchemas.typed("object")
                .description("Every operation of the OmniCart API, true when this platform supports it.");
        Arrays.stream(type.getEnumConstants()).forEach(c -> schema.addProperty(c.wire(), WireSchemas.typed("boolean")));
        schema.setRequired(
                Arrays.stream(type.getEnumConstants()).map(Capability::wire).toList());
        return schema;
    }

    static Schema<?> capabilitiesResponse() {
        return WireSchemas.typed("object")
                .addProperty("platform", WireSchemas.ref("Platform"))
                .addProperty(
                        "readOnly",
                        WireSchemas.typed("boolean")
                                .description("True when every write answers 403 demo_read_only (the demo store)."))
                .addProperty("capabilities", WireSchemas.ref("Capabilities"))
                .required(List.of("platform", "readOnly", "capabilities"));
    }

    static Schema<?> page(Schema<?> item) {
        return WireSchemas.typed("object")
                .description("One page of a list; pass page.nextCursor as ?cursor= to read the next one.")
                .addProperty("data", array(item))
                .addProperty("page", WireSchemas.ref("PageInfo"))
                .required(List.of("data", "page"));
    }

    static Schema<?> list(Schema<?> item) {
        return WireSchemas.typed("object").addProperty("data", array(item)).required(List.of("data"));
    }

    private static Schema<?> array(Schema<?> item) {
        return WireSchemas.typed("array").items(item);
    }
}
