package io.omnicart.gateway.api.docs;

import static io.omnicart.gateway.api.docs.ProblemResponses.ref;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.function.BiConsumer;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Describes the raw passthrough, {@code /v1/accounts/{accountId}/raw/{path}}: a Spring Cloud Gateway route, which
 * springdoc cannot see among the controllers, so it is added to the document here.
 */
public class PassthroughDocs implements OpenApiCustomizer {

    static final String PATH = "/v1/accounts/{accountId}/raw/{path}";
    private static final String TAG = "Passthrough";
    private static final String ANY = "*/*";

    private static final String DESCRIPTION = """
            Sends the request to the account's own store API — its base URL + `path` + the query — with the account's \
            credentials added by the gateway (a Medusa secret key or admin JWT, …); the caller's own `Authorization`, \
            cookies and forwarding headers never reach the store. Only `Accept`, `Accept-Language`, `Content-Type`, \
            `Content-Language`, the `If-*` headers and `Idempotency-Key` are forwarded. The store's answer is passed \
            on as it is (status, body, headers less hop-by-hop headers and `Set-Cookie`), except a 401 (after one \
            retry with fresh credentials for GET/HEAD: 502 `upstream_error`), a 429 (retried after `Retry-After`, then \
            429 `rate_limited`) and a 5xx (retried for GET/HEAD, then 503 `upstream_unavailable`). Never cached. Not \
            for the demo store (501). GET and HEAD only unless the operator sets \
            `omnicart.passthrough.allow-writes=true` (405 `method_not_allowed` otherwise).""";

    @Override
    public void customise(OpenAPI openApi) {
        PathItem item = new PathItem()
                .get(operation("rawGet", "Read from the store's own API", false))
                .head(operation("rawHead", "Read headers from the store's own API", false))
                .post(operation("rawPost", "Write to the store's own API (when writes are enabled)", true))
                .put(operation("rawPut", "Replace in the store's own API (when writes are enabled)", true))
                .patch(operation("rawPatch", "Change in the store's own API (when writes are enabled)", true))
                .delete(operation("rawDelete", "Delete in the store's own API (when writes are enabled)", true));
        openApi.path(PATH, item);
        if (openApi.getTags() == null || openApi.getTags().stream().noneMatch(t -> TAG.equals(t.getName()))) {
            openApi.addTagsItem(new Tag().name(TAG).description("Raw calls to a store's own API."));
        }
    }

    private static Operation operation(String id, String summary, boolean write) {
        Operation operation = new Operation()
                .operationId(id)
                .summary(summary)
                .description(DESCRIPTION)
                .addTagsItem(TAG)
                .parameters(List.of(
                        pathParameter("accountId", "The account id, or `demo`."),
                        pathParameter(
                                "path",
                                "The path below the account's base URL, e.g. `admin/orders`; it may span several "
                                        + "segments but never leave the base URL (`..`, encoded slashes, absolute URLs "
                                        + "are 400).")))
                .responses(responses(write));
        if (write) {
            operation.requestBody(new RequestBody()
                    .description(
                            "Passed on unchanged, with its Content-Type; at most omnicart.passthrough.max-body-size.")
                    .content(new Content().addMediaType(ANY, new MediaType().schema(WireSchemas.typed("string")))));
        }
        return operation;
    }

    private static Parameter pathParameter(String name, String description) {
        return new Parameter()
                .in("path")
                .name(name)
                .required(true)
                .description(description)
                .schema(WireSchemas.typed("string"));
    }

    private static ApiResponses responses(boolean write) {
        ApiResponses responses = new ApiResponses()
                .addApiResponse(
                        "200",
                        new ApiResponse()
                                .description("The store's own answer, whatever its status (2xx, 3xx, 4xx other than "
                                        + "401 and 429), passed on as the store sent it.")
                                .content(new Content().addMediaType(ANY, new MediaType()))
                                .addHeaderObject(
                                        ProblemResponses.REQUEST_ID_HEADER, ProblemResponses.requestIdHeader()));
        BiConsumer<String, String> add = (status, name) -> responses.addApiResponse(status, ref(name));
        add.accept("400", ProblemResponses.VALIDATION_FAILED);
        add.accept("401", ProblemResponses.UNAUTHENTICATED);
        add.accept("403", ProblemResponses.FORBIDDEN);
        add.accept("404", ProblemResponses.ACCOUNT_NOT_FOUND);
        responses.addApiResponse("405", problem("GET and HEAD only, unless the operator enabled raw writes."));
        if (write) {
            responses.addApiResponse("413", problem("The body exceeds omnicart.passthrough.max-body-size."));
        }
        add.accept("429", ProblemResponses.RATE_LIMITED);
        add.accept("501", ProblemResponses.NOT_SUPPORTED);
        add.accept("502", ProblemResponses.UPSTREAM_ERROR);
        add.accept("503", ProblemResponses.UPSTREAM_UNAVAILABLE);
        add.accept("504", ProblemResponses.UPSTREAM_TIMEOUT);
        return responses;
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                ProblemResponses.PROBLEM_JSON,
                                new MediaType().schema(WireSchemas.ref(ProblemSchemas.PROBLEM))))
                .addHeaderObject(ProblemResponses.REQUEST_ID_HEADER, ProblemResponses.requestIdHeader());
    }
}
