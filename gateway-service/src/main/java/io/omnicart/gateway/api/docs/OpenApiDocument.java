package io.omnicart.gateway.api.docs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;

/** The document-level parts of the OmniCart API description: info, bearer security, tags, shared components. */
public final class OpenApiDocument {

    public static final String BEARER = "bearerAuth";

    private static final String DESCRIPTION = """
            One normalized REST API over every connected commerce store (Medusa v2, Omnium, OpenCart and the built-in \
            read-only demo store).

            * Auth: `Authorization: Bearer <JWT>`; the workspace and bundles come from its claims.
            * Money is `{"amount": "94.43", "currency": "EUR"}`: the amount is a decimal string in major units.
            * Times are ISO-8601 with offset; country codes ISO-3166 alpha-2; every documented field is present \
            (null when unknown).
            * Lists take `limit` (1–100, default 25) and an opaque `cursor` from `page.nextCursor`.
            * Errors are RFC 9457 `application/problem+json` with a stable `code` and the `requestId` that the \
            `X-Request-Id` header also carries.
            * Where a platform cannot do something the answer is 501 `not_supported`; \
            `GET /v1/accounts/{accountId}/capabilities` says so in advance.
            """;

    private OpenApiDocument() {}

    public static OpenAPI create() {
        Components components = new Components()
                .addSecuritySchemes(
                        BEARER,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description("Caller JWT with the workspace and bundles claims."));
        ProblemResponses.addTo(components);
        return new OpenAPI()
                .info(new Info().title("OmniCart API").version("v1").description(DESCRIPTION))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .tags(tags());
    }

    private static List<Tag> tags() {
        return List.of(
                tag("Accounts", "Store accounts of the workspace, the built-in demo included."),
                tag("Orders", "Orders: search, detail, complete, cancel, archive, shipments."),
                tag("Products", "Products with options, variants, prices and stock."),
                tag("Inventory", "Stock levels by SKU."),
                tag("Customers", "Customers and their order history."),
                tag("Collections", "Product groupings: Medusa collections, Omnium categories, OpenCart categories."),
                tag("Draft orders", "Orders not yet placed: Medusa draft orders, Omnium carts (none on OpenCart)."),
                tag("Store", "Store overview, settings and capabilities."));
    }

    private static Tag tag(String name, String description) {
        return new Tag().name(name).description(description);
    }
}
