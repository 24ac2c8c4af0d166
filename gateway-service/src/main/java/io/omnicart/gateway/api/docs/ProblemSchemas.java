package io.omnicart.gateway.api.docs;

import static java.util.Map.entry;

import io.omnicart.gateway.api.problem.ProblemResponder;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;

/** The RFC 9457 problem+json body every error of the API carries. */
final class ProblemSchemas {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";

    private static final List<String> REQUIRED =
            List.of("type", "title", "status", "detail", "instance", "code", "requestId");

    private static final List<Map.Entry<String, Schema<?>>> PROPERTIES = List.of(
            entry(
                    "type",
                    WireSchemas.string("`" + ProblemResponder.TYPE_PREFIX + "` followed by the code.")
                            .example(ProblemResponder.TYPE_PREFIX + "validation_failed")),
            entry(
                    "title",
                    WireSchemas.string("Short summary of the problem type.").example("Invalid request")),
            entry("status", integer("The HTTP status.", "int32").example(400)),
            entry(
                    "detail",
                    WireSchemas.string("Explanation for people; never contains a secret.")
                            .example("limit: must be an integer from 1 to 100")),
            entry("instance", WireSchemas.string("The request path.").example("/v1/accounts/demo/orders")),
            entry(
                    "code",
                    WireSchemas.string("Stable snake_case code to switch on: unauthenticated, bundle_required,"
                                    + " forbidden, admin_required, demo_read_only, account_not_found, not_found,"
                                    + " validation_failed, invalid_cursor, cursor_expired, method_not_allowed,"
                                    + " not_acceptable, invalid_state, conflict, events_expired, payload_too_large,"
                                    + " uri_too_long, unsupported_media_type, connection_failed, base_url_forbidden,"
                                    + " base_url_invalid, rate_limited, headers_too_large, internal_error,"
                                    + " not_supported, upstream_error, upstream_unavailable, credentials_unreadable,"
                                    + " upstream_timeout.")
                            .example("validation_failed")),
            entry(
                    "requestId",
                    WireSchemas.string("Same as the X-Request-Id response header.")
                            .example("5f0c6b9e-3f5e-4a53-9a4e-2b1d8c7a9e10")),
            entry(
                    "errors",
                    WireSchemas.typed("array")
                            .items(WireSchemas.ref(FIELD_ERROR))
                            .description("validation_failed and invalid_cursor: one entry per invalid field.")),
            entry(
                    "reason",
                    WireSchemas.string("connection_failed and upstream_error: auth_rejected, unreachable,"
                            + " not_<platform>, base_url_invalid, base_url_forbidden, malformed_response; OpenCart"
                            + " connects also: ip_not_allowed, bridge_missing, version_unsupported.")),
            entry("platform", WireSchemas.ref("Platform").description("The platform that failed, if any.")),
            entry("upstreamStatus", integer("The store's HTTP status behind the failure.", "int32")),
            entry("retryAfterSeconds", integer("Seconds to wait before retrying; also sent as Retry-After.", "int64")),
            entry(
                    "capability",
                    WireSchemas.string("not_supported: the capability the platform lacks.")
                            .example("order_archive")));

    private ProblemSchemas() {}

    static Schema<?> problem() {
        Schema<?> problem = WireSchemas.typed("object")
                .description("RFC 9457 problem details with the OmniCart extensions; switch on `code`.");
        PROPERTIES.forEach(property -> problem.addProperty(property.getKey(), property.getValue()));
        return problem.required(REQUIRED);
    }

    static Schema<?> fieldError() {
        return WireSchemas.typed("object")
                .addProperty(
                        "field",
                        WireSchemas.string("The parameter or JSON path as sent.")
                                .example("items[3].sku"))
                .addProperty(
                        "message", WireSchemas.string("What is wrong with it.").example("must not be blank"))
                .required(List.of("field", "message"));
    }

    private static Schema<?> integer(String description, String format) {
        return WireSchemas.typed("integer").format(format).description(description);
    }
}
