package io.omnicart.gateway.api.docs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;

/** The reusable error responses ({@code #/components/responses/…}) and headers of the OmniCart API. */
final class ProblemResponses {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String REQUEST_ID_HEADER = "X-Request-Id";
    static final String RETRY_AFTER_HEADER = "Retry-After";
    static final String HEADER_REF = "#/components/headers/";
    static final String RESPONSE_REF = "#/components/responses/";

    static final String VALIDATION_FAILED = "ValidationFailed";
    static final String LIST_VALIDATION_FAILED = "ListValidationFailed";
    static final String UNAUTHENTICATED = "Unauthenticated";
    static final String FORBIDDEN = "Forbidden";
    static final String FORBIDDEN_WRITE = "ForbiddenWrite";
    static final String ACCOUNT_NOT_FOUND = "AccountNotFound";
    static final String NOT_FOUND = "NotFound";
    static final String INVALID_STATE = "InvalidState";
    static final String RATE_LIMITED = "RateLimited";
    static final String NOT_SUPPORTED = "NotSupported";
    static final String UPSTREAM_ERROR = "UpstreamError";
    static final String UPSTREAM_UNAVAILABLE = "UpstreamUnavailable";
    static final String UPSTREAM_TIMEOUT = "UpstreamTimeout";
    static final String CREDENTIALS_UNREADABLE = "CredentialsUnreadable";
    static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";

    /** name, description, whether Retry-After is sent, and the problem codes it can carry. */
    private record Spec(String name, String description, boolean retryAfter, List<String> codes) {}

    private static final List<Spec> RESPONSES = List.of(
            new Spec(
                    VALIDATION_FAILED,
                    "Invalid parameter or body field; each one is listed.",
                    false,
                    List.of("validation_failed")),
            new Spec(
                    LIST_VALIDATION_FAILED,
                    "Invalid parameter, or a cursor that is malformed, altered or from another account or query.",
                    false,
                    List.of("validation_failed", "invalid_cursor")),
            new Spec(PAYLOAD_TOO_LARGE, "The request body exceeds 1 MB.", false, List.of("payload_too_large")),
            new Spec(UNAUTHENTICATED, "Missing, invalid or expired bearer token.", false, List.of("unauthenticated")),
            new Spec(FORBIDDEN, "The workspace lacks the commerce bundle.", false, List.of("bundle_required")),
            new Spec(
                    FORBIDDEN_WRITE,
                    "The workspace lacks the commerce bundle, or the store is the read-only demo.",
                    false,
                    List.of("bundle_required", "demo_read_only")),
            new Spec(
                    ACCOUNT_NOT_FOUND,
                    "No such account in the caller's workspace.",
                    false,
                    List.of("account_not_found")),
            new Spec(
                    NOT_FOUND,
                    "No such account in the caller's workspace, or no such resource in the store.",
                    false,
                    List.of("account_not_found", "not_found")),
            new Spec(
                    INVALID_STATE,
                    "The store refused the action in the resource's current state; its message is in detail.",
                    false,
                    List.of("invalid_state")),
            new Spec(
                    RATE_LIMITED,
                    "The caller is over its limit, or the store still limits after retries.",
                    true,
                    List.of("rate_limited")),
            new Spec(
                    NOT_SUPPORTED,
                    "The platform cannot do this; GET …/capabilities says so in advance.",
                    false,
                    List.of("not_supported")),
            new Spec(
                    UPSTREAM_ERROR,
                    "The store is unreachable, answered something malformed, or rejected the credentials.",
                    false,
                    List.of("upstream_error")),
            new Spec(
                    UPSTREAM_UNAVAILABLE,
                    "The store answers 5xx after retries, or its circuit is open; or the account's stored credentials"
                            + " cannot be decrypted with the configured keyset (credentials_unreadable, no Retry-After).",
                    true,
                    List.of("upstream_unavailable", "credentials_unreadable")),
            new Spec(
                    CREDENTIALS_UNREADABLE,
                    "The account's stored credentials cannot be decrypted with the configured keyset (a key was"
                            + " removed too early); the account is marked failing until the key is restored.",
                    false,
                    List.of("credentials_unreadable")),
            new Spec(UPSTREAM_TIMEOUT, "The store did not answer in time.", false, List.of("upstream_timeout")));

    private ProblemResponses() {}

    static void addTo(Components components) {
        components.addSchemas(ProblemSchemas.PROBLEM, ProblemSchemas.problem());
        components.addSchemas(ProblemSchemas.FIELD_ERROR, ProblemSchemas.fieldError());
        components.addHeaders(
                REQUEST_ID_HEADER,
                new Header()
                        .description("The request id: the caller's X-Request-Id when it was sane, otherwise a new one.")
                        .schema(WireSchemas.typed("string")));
        components.addHeaders(
                RETRY_AFTER_HEADER,
                new Header().description("Seconds to wait before retrying.").schema(WireSchemas.typed("integer")));
        RESPONSES.forEach(spec -> components.addResponses(spec.name(), response(spec)));
    }

    static ApiResponse ref(String name) {
        return new ApiResponse().$ref(RESPONSE_REF + name);
    }

    static Header requestIdHeader() {
        return new Header().$ref(HEADER_REF + REQUEST_ID_HEADER);
    }

    private static ApiResponse response(Spec spec) {
        MediaType media = new MediaType()
                .schema(WireSchemas.ref(ProblemSchemas.PROBLEM))
                .examples(ProblemExamples.of(spec.codes().toArray(String[]::new)));
        ApiResponse response = new ApiResponse()
                .description(spec.description())
                .content(new Content().addMediaType(PROBLEM_JSON, media))
                .addHeaderObject(REQUEST_ID_HEADER, requestIdHeader());
        return spec.retryAfter()
                ? response.addHeaderObject(RETRY_AFTER_HEADER, new Header().$ref(HEADER_REF + RETRY_AFTER_HEADER))
                : response;
    }
}
