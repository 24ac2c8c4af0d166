package io.omnicart.gateway.api.docs;

import static java.util.Map.entry;

import io.omnicart.gateway.api.problem.ProblemResponder;
import io.swagger.v3.oas.models.examples.Example;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Realistic problem+json bodies, one per error code, for the documented error responses. */
final class ProblemExamples {

    private static final String REQUEST_ID = "5f0c6b9e-3f5e-4a53-9a4e-2b1d8c7a9e10";

    private static final Map<String, Map<String, Object>> BODIES = Map.ofEntries(
            entry(
                    "validation_failed",
                    problem(
                            400,
                            "validation_failed",
                            "Invalid request",
                            "limit: must be an integer from 1 to 100",
                            Map.of(
                                    "errors",
                                    List.of(Map.of("field", "limit", "message", "must be an integer from 1 to 100"))))),
            entry(
                    "invalid_cursor",
                    problem(
                            400,
                            "invalid_cursor",
                            "Invalid request",
                            "The cursor is malformed, was altered, or belongs to another account or query; start again"
                                    + " without a cursor",
                            Map.of(
                                    "errors",
                                    List.of(Map.of(
                                            "field", "cursor", "message", "not a cursor issued for this list"))))),
            entry(
                    "payload_too_large",
                    problem(
                            413,
                            "payload_too_large",
                            "Request body too large",
                            "The request body exceeds the allowed size",
                            Map.of())),
            entry(
                    "unauthenticated",
                    problem(401, "unauthenticated", "Unauthenticated", "A valid bearer token is required", Map.of())),
            entry(
                    "bundle_required",
                    problem(
                            403,
                            "bundle_required",
                            "Bundle required",
                            "Verify your workspace has the Marketing & Commerce bundle enabled.",
                            Map.of())),
            entry(
                    "demo_read_only",
                    problem(
                            403,
                            "demo_read_only",
                            "The demo store is read-only",
                            "The demo store is read-only: connect your own store to make changes",
                            Map.of("platform", "demo"))),
            entry(
                    "account_not_found",
                    problem(404, "account_not_found", "Not found", "account 'acc_01JD5' was not found", Map.of())),
            entry(
                    "not_found",
                    problem(
                            404,
                            "not_found",
                            "Not found",
                            "order 'order_01JD5V0B9M' was not found",
                            Map.of("platform", "medusa", "upstreamStatus", 404))),
            entry(
                    "invalid_state",
                    problem(
                            409,
                            "invalid_state",
                            "Not possible in this state",
                            "Order is already canceled",
                            Map.of("platform", "medusa", "upstreamStatus", 400))),
            entry(
                    "rate_limited",
                    problem(
                            429,
                            "rate_limited",
                            "Too many requests",
                            "Too many requests; retry later",
                            Map.of("retryAfterSeconds", 12))),
            entry(
                    "not_supported",
                    problem(
                            501,
                            "not_supported",
                            "Not supported by this platform",
                            "opencart does not support order_archive",
                            Map.of("capability", "order_archive", "platform", "opencart"))),
            entry(
                    "upstream_error",
                    problem(
                            502,
                            "upstream_error",
                            "Store rejected the credentials",
                            "The store rejected the account's credentials",
                            Map.of("reason", "auth_rejected", "platform", "omnium", "upstreamStatus", 401))),
            entry(
                    "upstream_unavailable",
                    problem(
                            503,
                            "upstream_unavailable",
                            "Store unavailable",
                            "The store is unavailable; retry later",
                            Map.of("platform", "medusa", "upstreamStatus", 503, "retryAfterSeconds", 30))),
            entry(
                    "credentials_unreadable",
                    problem(
                            503,
                            "credentials_unreadable",
                            "Stored credentials unreadable",
                            "The stored credentials of account 'acc_01JD5' (encrypted with key 1797603523) cannot be"
                                    + " decrypted with the configured keyset; an operator must restore that key",
                            Map.of("accountId", "acc_01JD5", "keyId", 1797603523L))),
            entry(
                    "upstream_timeout",
                    problem(
                            504,
                            "upstream_timeout",
                            "Store too slow",
                            "The store did not answer in time",
                            Map.of("platform", "omnium"))));

    private ProblemExamples() {}

    /** One named example per code, in the given order. */
    static Map<String, Example> of(String... codes) {
        Map<String, Example> examples = new LinkedHashMap<>();
        for (String code : codes) {
            Map<String, Object> body = BODIES.get(code);
            if (body == null) {
                throw new IllegalArgumentException("no example for " + code);
            }
            examples.put(code, new Example().summary(code).value(body));
        }
        return examples;
    }

    private static Map<String, Object> problem(
            int status, String code, String title, String detail, Map<String, Object> extras) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ProblemResponder.TYPE_PREFIX + code);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", "/v1/accounts/demo/orders");
        body.put("code", code);
        body.put("requestId", REQUEST_ID);
        body.putAll(extras);
        return body;
    }
}
