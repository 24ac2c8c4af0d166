package io.omnicart.gateway.api.docs;

import static io.omnicart.gateway.api.docs.ProblemResponses.ref;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * Adds the error responses each OmniCart operation can give, derived from what it is: every call can be 401, 403 and
 * 429; one with input can be 400 (a list also for its cursor), one with a body 413; an account-scoped one 404; a write on a store also 403
 * {@code demo_read_only} and 409; anything that reaches a store 501 and 502–504; an account change or verification
 * 503 {@code credentials_unreadable}. Every response has X-Request-Id.
 * Operations with further outcomes (the account endpoints' 422 {@code connection_failed}) declare them with
 * {@code @ApiResponse}; nothing declared is removed.
 */
public class ErrorResponseDocs implements OperationCustomizer {

    static final String API_PACKAGE = "io.omnicart.gateway.api";
    /** The change feed's SSE and webhook endpoints: OmniCart API, but they never call a store. */
    static final String EVENTS_PACKAGE = "io.omnicart.gateway.events";

    private static final String ACCOUNT_PATH = "/v1/accounts/{accountId}";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String pkg = handler.getBeanType().getPackageName();
        boolean events = pkg.equals(EVENTS_PACKAGE);
        if (!(pkg.startsWith(API_PACKAGE) || events) || operation.getResponses() == null) {
            return operation;
        }
        String path = path(handler);
        boolean write = !isGet(handler);
        boolean store = path.startsWith(ACCOUNT_PATH + "/")
                && !path.endsWith("/capabilities")
                && !pkg.endsWith(".accounts")
                && !events;
        ApiResponses responses = operation.getResponses();
        responses
                .values()
                .forEach(response -> response.addHeaderObject(
                        ProblemResponses.REQUEST_ID_HEADER, ProblemResponses.requestIdHeader()));
        if (hasInput(operation)) {
            responses.addApiResponse(
                    "400",
                    ref(
                            isList(operation)
                                    ? ProblemResponses.LIST_VALIDATION_FAILED
                                    : ProblemResponses.VALIDATION_FAILED));
        }
        if (operation.getRequestBody() != null) {
            responses.addApiResponse("413", ref(ProblemResponses.PAYLOAD_TOO_LARGE));
        }
        responses.addApiResponse("401", ref(ProblemResponses.UNAUTHENTICATED));
        responses.addApiResponse(
                "403", ref(write && store ? ProblemResponses.FORBIDDEN_WRITE : ProblemResponses.FORBIDDEN));
        if (path.startsWith(ACCOUNT_PATH)) {
            responses.addApiResponse(
                    "404",
                    ref(
                            pathParameters(operation) > 1
                                    ? ProblemResponses.NOT_FOUND
                                    : ProblemResponses.ACCOUNT_NOT_FOUND));
        } else if (pathParameters(operation) > 0) {
            responses.addApiResponse("404", ref(ProblemResponses.NOT_FOUND));
        }
        if (write && store) {
            responses.addApiResponse("409", ref(ProblemResponses.INVALID_STATE));
        }
        if (write && path.startsWith(ACCOUNT_PATH) && !store && !has(handler, RequestMethod.DELETE)) {
            responses.addApiResponse("503", ref(ProblemResponses.CREDENTIALS_UNREADABLE));
        }
        responses.addApiResponse("429", ref(ProblemResponses.RATE_LIMITED));
        if (store) {
            addUpstreamResponses(responses);
        }
        return operation;
    }

    private static void addUpstreamResponses(ApiResponses responses) {
        responses.addApiResponse("501", ref(ProblemResponses.NOT_SUPPORTED));
        responses.addApiResponse("502", ref(ProblemResponses.UPSTREAM_ERROR));
        responses.addApiResponse("503", ref(ProblemResponses.UPSTREAM_UNAVAILABLE));
        responses.addApiResponse("504", ref(ProblemResponses.UPSTREAM_TIMEOUT));
    }

    static String path(HandlerMethod handler) {
        return first(AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class))
                + first(AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class));
    }

    private static String first(RequestMapping mapping) {
        return mapping == null || mapping.path().length == 0 ? "" : mapping.path()[0];
    }

    private static boolean isGet(HandlerMethod handler) {
        return has(handler, RequestMethod.GET);
    }

    private static boolean has(HandlerMethod handler, RequestMethod method) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping != null && List.of(mapping.method()).contains(method);
    }

    private static boolean hasInput(Operation operation) {
        return operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
    }

    private static boolean isList(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "cursor".equals(p.getName()));
    }

    private static long pathParameters(Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        return parameters.stream().filter(p -> "path".equals(p.getIn())).count();
    }
}
