package io.omnicart.adapter.opencart.error;

import io.omnicart.adapter.opencart.client.OpenCartReply;
import io.omnicart.adapter.support.http.TransportFailure;
import io.omnicart.core.error.CommerceException;
import io.omnicart.core.error.ConnectionFailed;
import io.omnicart.core.error.CredentialsRejected;
import io.omnicart.core.error.FieldError;
import io.omnicart.core.error.InvalidRequest;
import io.omnicart.core.error.InvalidState;
import io.omnicart.core.error.NotFound;
import io.omnicart.core.error.RateLimited;
import io.omnicart.core.error.RetryAfter;
import io.omnicart.core.error.UnsupportedCapability;
import io.omnicart.core.error.UpstreamContractViolation;
import io.omnicart.core.error.UpstreamTimeout;
import io.omnicart.core.error.UpstreamUnavailable;
import io.omnicart.core.error.UpstreamUnreachable;
import io.omnicart.core.model.Capability;
import io.omnicart.core.model.Platform;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one place where OpenCart failures become core errors: native login refusals ({@code []}, the IP allow-list,
 * reference §4), the native API's "200 with an {@code error}" answers and its 404 pages for an unauthenticated 4.0
 * call, the bridge's error envelope, HTTP statuses, transport failures and undecodable replies, and the adapter's own
 * refusals. Messages carry OpenCart's explanation but never a key, a session token, a signature or a URL with a query.
 */
public final class OpenCartErrorTranslator {

    /** Used when a 429 carries no usable {@code Retry-After}. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private static final Platform OPENCART = Platform.OPENCART;
    private static final int MAX_MESSAGE = 300;

    private final Clock clock;

    public OpenCartErrorTranslator(Clock clock) {
        this.clock = clock;
    }

    /** A failure before or while reading an answer: connect, timeout, reset, undecodable body, unmappable value. */
    public CommerceException fromTransport(Throwable error) {
        if (error instanceof CommerceException known) {
            return known;
        }
        return switch (TransportFailure.of(error)) {
            case TIMEOUT -> new UpstreamTimeout("The OpenCart store did not answer in time", OPENCART, error);
            case NOT_CONNECTED ->
                new UpstreamUnreachable(
                        "The OpenCart store could not be reached (" + describe(error) + ")", OPENCART, false, error);
            case CONNECTION_LOST ->
                new UpstreamUnreachable(
                        "The connection to the OpenCart store broke before an answer arrived", OPENCART, true, error);
            // no cause: a parser's message quotes the body
            case UNREADABLE ->
                new UpstreamContractViolation(
                        "The OpenCart store answered with a body that could not be read (" + describe(error) + ")",
                        OPENCART,
                        null,
                        null);
            case OTHER ->
                new UpstreamContractViolation(
                        "The OpenCart store sent data the gateway cannot interpret ("
                                + error.getClass().getSimpleName() + ")",
                        OPENCART,
                        null,
                        error);
        };
    }

    /**
     * An answer whose HTTP status alone decides: 429 (rate limited), 5xx and a maintenance 503 (unavailable), anything
     * else unexpected (a contract violation naming the status).
     */
    public CommerceException fromStatus(OpenCartReply reply, String resource, @Nullable String id) {
        int status = reply.status();
        if (status == 429) {
            Duration wait = RetryAfter.parseOr(reply.retryAfter(), clock, DEFAULT_RETRY_AFTER);
            return new RateLimited("The OpenCart store is limiting requests", wait, OPENCART, status);
        }
        if (status >= 500) {
            Duration wait = RetryAfter.parse(reply.retryAfter(), clock).orElse(null);
            return new UpstreamUnavailable(
                    "The OpenCart store answered HTTP " + status + (reply.isHtml() ? " (an error page)" : ""),
                    wait,
                    OPENCART,
                    status,
                    null);
        }
        return new UpstreamContractViolation(
                "The OpenCart store answered HTTP " + status + " unexpectedly for " + describe(resource, id),
                OPENCART,
                status,
                null);
    }

    /** A login refusal at run time: the account worked once, so this is a credential problem (or a changed store). */
    public CommerceException loginRefused(OpenCartLoginRefusal refusal, @Nullable String callerIp, String message) {
        return switch (refusal) {
            case WRONG_KEY -> new CredentialsRejected(wrongKey(), OPENCART, 401);
            case IP_NOT_ALLOWED -> new CredentialsRejected(ipNotAllowed(callerIp), OPENCART, 403);
            case VERSION_UNSUPPORTED, SIGNED_API_ONLY ->
                new UpstreamContractViolation(versionUnsupported(message), OPENCART, null, null);
            case SIGNED_CALL_REFUSED -> new CredentialsRejected(signedCallRefused(), OPENCART, 401);
            case NOT_OPENCART -> new UpstreamContractViolation(notOpenCart(message), OPENCART, null, null);
        };
    }

    /** The same refusal at connect time, with the reason the API reports ({@code auth_rejected}, …). */
    public static ConnectionFailed connectRefused(
            OpenCartLoginRefusal refusal, @Nullable String callerIp, String message) {
        String text = switch (refusal) {
            case WRONG_KEY -> wrongKey();
            case IP_NOT_ALLOWED -> ipNotAllowed(callerIp);
            case VERSION_UNSUPPORTED, SIGNED_API_ONLY -> versionUnsupported(message);
            case SIGNED_CALL_REFUSED -> signedCallRefused();
            case NOT_OPENCART -> notOpenCart(message);
        };
        return new ConnectionFailed(refusal.reason(), text, OPENCART, null);
    }

    /**
     * The native API refused a call made with a session: 3.0 answers {@code {"error": "…permission…"}} once the session
     * expired or the IP was removed, 4.0 a 404 page (reference §4). The session is renewed once, then this stands.
     */
    public static CredentialsRejected sessionRejected(String storeMessage) {
        return new CredentialsRejected(
                "OpenCart refused the API session (" + clean(storeMessage) + "): check that the API user is enabled "
                        + "and still lists the gateway's IP address",
                OPENCART,
                401);
    }

    /**
     * The bridge's error envelope {@code {"error": {"code", "status", "message", "details"}}} (bridge PROTOCOL.md §3.1),
     * matched on {@code code}. {@code resource} and {@code id} name what the call addressed.
     */
    public CommerceException fromBridge(
            OpenCartReply reply,
            String code,
            String message,
            @Nullable String detailIp,
            String resource,
            @Nullable String id) {
        int status = reply.status();
        return switch (code) {
            case "auth_missing", "signature_invalid", "request_replayed" ->
                new CredentialsRejected(
                        "The OmniCart bridge rejected the request signature (" + code + "): check the API user's "
                                + "username and key",
                        OPENCART,
                        status);
            case "timestamp_out_of_window" ->
                new CredentialsRejected(
                        "The OmniCart bridge refused the request time: the store's clock and the gateway's differ by "
                                + "more than 5 minutes",
                        OPENCART,
                        status);
            case "api_user_disabled" -> new CredentialsRejected(wrongKey(), OPENCART, status);
            case "ip_not_allowed" -> new CredentialsRejected(ipNotAllowed(detailIp), OPENCART, status);
            case "not_found" -> new NotFound(resource, id == null ? "?" : id, OPENCART, status);
            case "route_not_found", "method_not_allowed" ->
                new UpstreamContractViolation(
                        "The OmniCart bridge on the store does not know this call (" + code + "): upload the current "
                                + "omnicart-bridge.php",
                        OPENCART,
                        status,
                        null);
            case "invalid_parameter", "invalid_body", "too_many_items", "validation_failed", "body_too_large" ->
                new InvalidRequest(
                        InvalidRequest.VALIDATION_FAILED,
                        "The OmniCart bridge refused the request: " + clean(message),
                        List.of(),
                        OPENCART,
                        status);
            default -> bridgeStatus(reply, code, message);
        };
    }

    /** The bridge is not where it should be: the web server or OpenCart answered instead (at run time). */
    public static UpstreamContractViolation bridgeAbsent(OpenCartReply reply) {
        return new UpstreamContractViolation(
                "The OmniCart bridge did not answer (HTTP " + reply.status() + (reply.isHtml() ? ", an HTML page" : "")
                        + "): omnicart-bridge.php is missing from the store root",
                OPENCART,
                reply.status(),
                null);
    }

    /** The installed bridge speaks another protocol version or serves an OpenCart line the adapter does not. */
    public static ConnectionFailed bridgeUnsupported(String what) {
        return new ConnectionFailed(
                "version_unsupported",
                "The store's OmniCart bridge or OpenCart version is not supported (" + clean(what) + "): upload the "
                        + "current omnicart-bridge.php; OpenCart 3.0.x and 4.0.x are supported",
                OPENCART,
                null);
    }

    /** The bridge refused at connect time because of the caller's address. */
    public static ConnectionFailed connectIpRefused(@Nullable String callerIp) {
        return new ConnectionFailed("ip_not_allowed", ipNotAllowed(callerIp), OPENCART, null);
    }

    private CommerceException bridgeStatus(OpenCartReply reply, String code, String message) {
        if (reply.status() == 429 || reply.status() >= 500) {
            Duration wait = reply.status() == 429
                    ? RetryAfter.parseOr(reply.retryAfter(), clock, DEFAULT_RETRY_AFTER)
                    : RetryAfter.parse(reply.retryAfter(), clock).orElse(null);
            String text = "The OmniCart bridge failed (" + code + "): " + clean(message);
            return reply.status() == 429
                    ? new RateLimited(text, wait, OPENCART, 429)
                    : new UpstreamUnavailable(text, wait, OPENCART, reply.status(), null);
        }
        return new UpstreamContractViolation(
                "The OmniCart bridge answered HTTP " + reply.status() + " (" + code + "): " + clean(message),
                OPENCART,
                reply.status(),
                null);
    }

    /** The bridge file is not installed at the store root (404 or a storefront page where its JSON should be). */
    public static ConnectionFailed bridgeMissing(String what) {
        return new ConnectionFailed(
                "bridge_missing",
                "The OmniCart bridge was not found at <store>/omnicart-bridge.php (" + clean(what) + "): upload "
                        + "omnicart-bridge.php to the OpenCart root folder, next to index.php and config.php",
                OPENCART,
                null);
    }

    /**
     * A failure of connect-time verification as the API reports it: {@code auth_rejected} for rejected credentials,
     * {@code unreachable}, and {@code not_opencart} for replies no OpenCart store gives. Other failures (5xx, 429)
     * stay as they are.
     */
    public static CommerceException forVerification(CommerceException error) {
        return switch (error) {
            case ConnectionFailed failed -> failed;
            case CredentialsRejected rejected ->
                new ConnectionFailed("auth_rejected", rejected.getMessage(), OPENCART, rejected);
            case UpstreamUnreachable unreachable ->
                new ConnectionFailed("unreachable", unreachable.getMessage(), OPENCART, unreachable);
            case UpstreamTimeout timeout ->
                new ConnectionFailed("unreachable", "The OpenCart store did not answer in time", OPENCART, timeout);
            case UpstreamContractViolation violation ->
                new ConnectionFailed("not_opencart", violation.getMessage(), OPENCART, violation);
            default -> error;
        };
    }

    /** An entity OpenCart (or the bridge) says does not exist. */
    public static NotFound notFound(String resource, String id) {
        return new NotFound(resource, id, OPENCART, null);
    }

    /** A reply that is not what the route documents (no JSON, wrong shape, missing member). */
    public static UpstreamContractViolation unexpectedReply(String what) {
        return new UpstreamContractViolation("The OpenCart store answered unexpectedly: " + what, OPENCART, null, null);
    }

    /** What OpenCart cannot do at all (archive, draft orders). */
    public static UnsupportedCapability unsupported(Capability capability) {
        return new UnsupportedCapability(capability, OPENCART);
    }

    /** A cursor this adapter did not issue. */
    public static InvalidRequest invalidCursor() {
        return new InvalidRequest(
                InvalidRequest.INVALID_CURSOR,
                "The cursor is malformed or does not belong to this list",
                List.of(new FieldError("cursor", "malformed")),
                OPENCART,
                null);
    }

    /** A request the adapter cannot send to OpenCart as it is. */
    public static InvalidRequest invalidField(String field, String message) {
        List<FieldError> errors = List.of(new FieldError(field, message));
        return new InvalidRequest(InvalidRequest.VALIDATION_FAILED, field + ": " + message, errors, OPENCART, null);
    }

    /** A store account whose credentials are not an OpenCart API user. */
    public static InvalidRequest unsupportedCredentials(String method) {
        return invalidField(
                "credentials.type", "an OpenCart store connects with an api_user (username and key), not " + method);
    }

    /** An action the order's current state rules out, or one OpenCart refused with its own words. */
    public static InvalidState invalidState(String message) {
        return new InvalidState(clean(message), OPENCART, null, false);
    }

    /** A store text made safe for a message: one line, bounded, HTML tags removed. */
    public static String clean(String message) {
        String flat = message.replaceAll("<[^>]{0,200}>", "")
                .replaceAll("[\\p{Cntrl}\\s]+", " ")
                .strip();
        return flat.length() <= MAX_MESSAGE ? flat : flat.substring(0, MAX_MESSAGE) + "…";
    }

    private static String wrongKey() {
        return "OpenCart refused the API user: the username or key is wrong, or the API user is disabled (check "
                + "System > Users > API in the OpenCart admin)";
    }

    /** OpenCart 4.1 gives one answer for every reason it refuses a signed call. */
    private static String signedCallRefused() {
        return "OpenCart 4.1 refused the signed API call: check the API username and key, that the API user is enabled, "
                + "that its IP addresses hold the gateway's address (System > Users > API), and that the store's clock "
                + "is right to within 7 minutes";
    }

    private static String ipNotAllowed(@Nullable String callerIp) {
        String who = callerIp == null ? "the gateway's IP address" : "the gateway's IP address " + callerIp;
        return "OpenCart does not accept API calls from " + who + ": add it to the API user's IP addresses (System > "
                + "Users > API > IP Addresses). If the store is behind a proxy or CDN, OpenCart sees the proxy's "
                + "address instead";
    }

    private static String versionUnsupported(String message) {
        return "This OpenCart version is not supported (" + clean(message) + "): the gateway speaks the native API of "
                + "OpenCart 3.0.x and 4.0.x";
    }

    private static String notOpenCart(String message) {
        return "The address does not answer like an OpenCart store (" + clean(message) + "): use the store's root "
                + "URL, the folder that holds index.php";
    }

    private static String describe(String resource, @Nullable String id) {
        return id == null ? resource : resource + " " + id;
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
