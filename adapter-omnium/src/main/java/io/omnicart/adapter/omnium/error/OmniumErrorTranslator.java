package io.omnicart.adapter.omnium.error;

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
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one place where Omnium failures become core errors: statuses and their lenient bodies (reference §4), the token
 * call's refusals, transport failures and undecodable replies, an expired scroll, and the adapter's own refusals.
 * Messages carry Omnium's explanation but never a credential, a token or a URL: the token call's answer is never
 * quoted, and no transport cause is kept for it (its URL carries the client secret in the query).
 */
public final class OmniumErrorTranslator {

    /** Used when a 429 carries no usable {@code Retry-After}. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private static final Platform OMNIUM = Platform.OMNIUM;

    private final Clock clock;

    public OmniumErrorTranslator(Clock clock) {
        this.clock = clock;
    }

    /**
     * A non-2xx answer of an API call. {@code resource} names what was addressed ({@code order}, {@code product}, …)
     * and {@code id} its id, or null for lists, searches and creations.
     */
    public CommerceException fromResponse(
            int status, @Nullable String retryAfter, String body, String resource, @Nullable String id) {
        OmniumErrorMessage error = OmniumErrorMessage.parse(status, body);
        String message = error.text();
        return switch (status) {
            case 400 -> badRequest(message, status);
            case 401 -> new CredentialsRejected("Omnium rejected the access token: " + message, OMNIUM, status);
            case 403 ->
                new CredentialsRejected(
                        "The Omnium API user lacks a role or store/market scope for this (" + message + ")",
                        OMNIUM,
                        status);
            case 404 -> notFound(resource, id, status, message);
            case 409 -> new InvalidState(message, OMNIUM, status, true);
            case 422 -> new InvalidRequest(InvalidRequest.VALIDATION_FAILED, message, List.of(), OMNIUM, status);
            case 429 -> new RateLimited(message, retryAfter(retryAfter).orElse(DEFAULT_RETRY_AFTER), OMNIUM, status);
            default -> otherStatus(status, retryAfter, message);
        };
    }

    /**
     * A non-2xx answer of {@code POST /api/Token}. Its body is never quoted; a refusal of the pair (401, or 400/403 —
     * the status for bad credentials is undocumented, reference §1) is {@code CredentialsRejected}.
     */
    public CommerceException fromLogin(int status, @Nullable String retryAfter) {
        return switch (status) {
            case 400, 401, 403 ->
                new CredentialsRejected("Omnium refused the client id and client secret", OMNIUM, status);
            case 404, 405 ->
                new UpstreamContractViolation("No Omnium token endpoint answers at this address", OMNIUM, status, null);
            case 429 ->
                new RateLimited(
                        "Omnium limited the token call",
                        retryAfter(retryAfter).orElse(DEFAULT_RETRY_AFTER),
                        OMNIUM,
                        status);
            default -> otherStatus(status, retryAfter, "Omnium answered the token call with HTTP " + status);
        };
    }

    /** A failure before or while reading an answer: connect, timeout, reset, undecodable body, unmappable value. */
    public CommerceException fromTransport(Throwable error) {
        return fromTransport(error, true);
    }

    /**
     * As {@link #fromTransport(Throwable)}; {@code keepCause} false drops the cause chain, for calls whose URL must not
     * travel (Reactor checkpoints and Netty messages may name the request URL).
     */
    public CommerceException fromTransport(Throwable error, boolean keepCause) {
        if (error instanceof CommerceException known) {
            return known;
        }
        Throwable cause = keepCause ? error : null;
        return switch (TransportFailure.of(error)) {
            case TIMEOUT -> new UpstreamTimeout("Omnium did not answer in time", OMNIUM, cause);
            case NOT_CONNECTED ->
                new UpstreamUnreachable("Omnium could not be reached (" + describe(error) + ")", OMNIUM, false, cause);
            case CONNECTION_LOST ->
                new UpstreamUnreachable("The connection to Omnium broke before an answer arrived", OMNIUM, true, cause);
            // no cause: a parser's message quotes the body, which may hold a token
            case UNREADABLE ->
                new UpstreamContractViolation(
                        "Omnium answered with a body that is not the JSON its API documents (" + describe(error) + ")",
                        OMNIUM,
                        null,
                        null);
            case OTHER ->
                new UpstreamContractViolation(
                        "Omnium sent data the gateway cannot interpret ("
                                + error.getClass().getSimpleName() + ")",
                        OMNIUM,
                        null,
                        cause);
        };
    }

    /** An entity the API answered 2xx for but without it (e.g. an empty body for a GET by id). */
    public static NotFound notFound(String resource, String id) {
        return new NotFound(resource, id, OMNIUM, null);
    }

    /** A 2xx answer that is not what the route documents. */
    public static UpstreamContractViolation unexpectedReply(String what) {
        return new UpstreamContractViolation("Omnium answered unexpectedly: " + what, OMNIUM, null, null);
    }

    /** A cursor this adapter did not issue. */
    public static InvalidRequest invalidCursor() {
        return new InvalidRequest(
                InvalidRequest.INVALID_CURSOR,
                "The cursor is malformed or does not belong to this list",
                List.of(new FieldError("cursor", "malformed")),
                OMNIUM,
                null);
    }

    /** Omnium forgot the scroll behind a deep-paging cursor (idle for about 5 minutes, reference §5.9). */
    public static InvalidRequest cursorExpired(@Nullable Integer upstreamStatus) {
        return new InvalidRequest(
                InvalidRequest.CURSOR_EXPIRED,
                "This page lies beyond Omnium's 10,000-item search window and its scroll has expired (Omnium keeps an"
                        + " idle scroll for about 5 minutes): start again without a cursor",
                List.of(new FieldError("cursor", "expired")),
                OMNIUM,
                upstreamStatus);
    }

    /** A request the adapter cannot send to Omnium as it is. */
    public static InvalidRequest invalidField(String field, String message) {
        List<FieldError> errors = List.of(new FieldError(field, message));
        return new InvalidRequest(InvalidRequest.VALIDATION_FAILED, field + ": " + message, errors, OMNIUM, null);
    }

    /** An action the order's current state rules out, found before asking Omnium. */
    public static InvalidState invalidState(String message) {
        return new InvalidState(message, OMNIUM, null, false);
    }

    /** A workflow answer {@code isAborted: true} (reference §5.2): Omnium refused the status change. */
    public static InvalidState workflowAborted(String reason) {
        return new InvalidState("Omnium aborted the order workflow: " + reason, OMNIUM, 200, false);
    }

    /** An operation outside the adapter's capabilities. */
    public static UnsupportedCapability unsupported(Capability capability) {
        return new UnsupportedCapability(capability, OMNIUM);
    }

    /** A store account whose credentials are not a client id and secret. */
    public static InvalidRequest unsupportedCredentials(String method) {
        return invalidField(
                "credentials.type", "an Omnium tenant connects with client_credentials (API user), not " + method);
    }

    /**
     * A failure of connect-time verification as the API reports it: {@code auth_rejected}, {@code unreachable}, or
     * {@code not_omnium} when the address answers but not like the Omnium API. Other failures (5xx, 429) stay.
     */
    public static CommerceException forVerification(CommerceException error) {
        return switch (error) {
            case CredentialsRejected rejected ->
                new ConnectionFailed("auth_rejected", rejected.getMessage(), OMNIUM, null);
            case UpstreamUnreachable unreachable ->
                new ConnectionFailed("unreachable", unreachable.getMessage(), OMNIUM, null);
            case UpstreamTimeout timeout ->
                new ConnectionFailed("unreachable", "Omnium did not answer in time", OMNIUM, null);
            case UpstreamContractViolation violation -> notOmnium();
            case NotFound notFound -> notOmnium();
            case InvalidRequest invalid -> notOmnium();
            default -> error;
        };
    }

    private static ConnectionFailed notOmnium() {
        return new ConnectionFailed(
                "not_omnium",
                "The address does not answer like the Omnium API: use the API host of the environment"
                        + " (https://api.omnium.no, https://apitest.omnium.no or https://apidev.omnium.no)",
                OMNIUM,
                null);
    }

    private Optional<Duration> retryAfter(@Nullable String header) {
        return RetryAfter.parse(header, clock);
    }

    /** Queued orders refuse updates for a moment (retryable); read-only ones for good (reference §5.3). */
    private static CommerceException badRequest(String message, int status) {
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("queued")) {
            return new InvalidState(message, OMNIUM, status, true);
        }
        if (lower.contains("read-only") || lower.contains("readonly") || lower.contains("not defined for")) {
            return new InvalidState(message, OMNIUM, status, false);
        }
        return new InvalidRequest(InvalidRequest.VALIDATION_FAILED, message, List.of(), OMNIUM, status);
    }

    private static CommerceException notFound(String resource, @Nullable String id, int status, String message) {
        if (id == null) {
            return new UpstreamContractViolation(
                    "Omnium has no " + resource + " route at this address (404: " + message + ")",
                    OMNIUM,
                    status,
                    null);
        }
        return new NotFound(resource, id, OMNIUM, status);
    }

    private CommerceException otherStatus(int status, @Nullable String retryAfter, String message) {
        if (status >= 500) {
            return new UpstreamUnavailable(message, retryAfter(retryAfter).orElse(null), OMNIUM, status, null);
        }
        return new UpstreamContractViolation(
                "Omnium answered HTTP " + status + " unexpectedly: " + message, OMNIUM, status, null);
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
