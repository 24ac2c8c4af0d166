package io.omnicart.adapter.medusa.error;

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
 * The one place where Medusa failures become core errors: error statuses and bodies (reference §4), the 200-with-{@code
 * {}} answers for unknown collections and stores, transport failures and undecodable replies, login answers that are
 * not a session, and the adapter's own refusals. Messages carry Medusa's explanation but never a credential, a token or
 * a URL.
 */
public final class MedusaErrorTranslator {

    /** Used when a 429 carries no usable {@code Retry-After}. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private static final Platform MEDUSA = Platform.MEDUSA;

    private final Clock clock;

    public MedusaErrorTranslator(Clock clock) {
        this.clock = clock;
    }

    /**
     * A non-2xx answer. {@code resource} names what was addressed ({@code order}, {@code collection}, …) and {@code id}
     * its id, or null for lists and creations.
     */
    public CommerceException fromResponse(
            int status, @Nullable String retryAfter, String body, String resource, @Nullable String id) {
        MedusaErrorMessage error = MedusaErrorMessage.parse(status, body);
        String message = error.message();
        return switch (status) {
            case 400 -> badRequest(error, status);
            case 401 -> new CredentialsRejected("Medusa rejected the credentials: " + message, MEDUSA, status);
            case 403 ->
                new CredentialsRejected(
                        "The Medusa user or key lacks the permission for this: " + message, MEDUSA, status);
            case 404 -> notFound(resource, id, status, message);
            case 409 -> new InvalidState(message, MEDUSA, status, true);
            case 422 -> unprocessable(error, status);
            case 429 -> new RateLimited(message, parse(retryAfter).orElse(DEFAULT_RETRY_AFTER), MEDUSA, status);
            default -> otherStatus(status, retryAfter, message);
        };
    }

    /** A failure before or while reading an answer: connect, timeout, reset, undecodable body, unmappable value. */
    public CommerceException fromTransport(Throwable error) {
        if (error instanceof CommerceException known) {
            return known;
        }
        return switch (TransportFailure.of(error)) {
            case TIMEOUT -> new UpstreamTimeout("Medusa did not answer in time", MEDUSA, error);
            case NOT_CONNECTED ->
                new UpstreamUnreachable("Medusa could not be reached (" + describe(error) + ")", MEDUSA, false, error);
            case CONNECTION_LOST ->
                new UpstreamUnreachable("The connection to Medusa broke before an answer arrived", MEDUSA, true, error);
            // no cause: a parser's message quotes the body, which may hold a token
            case UNREADABLE ->
                new UpstreamContractViolation(
                        "Medusa answered with a body that is not the JSON its API documents (" + describe(error) + ")",
                        MEDUSA,
                        null,
                        null);
            case OTHER ->
                new UpstreamContractViolation(
                        "Medusa sent data the gateway cannot interpret ("
                                + error.getClass().getSimpleName() + ")",
                        MEDUSA,
                        null,
                        error);
        };
    }

    /** Medusa answered 200 without the entity ({@code {}} for an unknown collection or store, reference §4). */
    public static NotFound notFound(String resource, String id) {
        return new NotFound(resource, id, MEDUSA, null);
    }

    /** A 2xx answer that is not what the route documents (no envelope key, wrong JSON type). */
    public static UpstreamContractViolation unexpectedReply(String what) {
        return new UpstreamContractViolation("Medusa answered unexpectedly: " + what, MEDUSA, null, null);
    }

    /** A cursor this adapter did not issue. */
    public static InvalidRequest invalidCursor() {
        return new InvalidRequest(
                InvalidRequest.INVALID_CURSOR,
                "The cursor is malformed or does not belong to this list",
                List.of(new FieldError("cursor", "malformed")),
                MEDUSA,
                null);
    }

    /** A request the adapter cannot send to Medusa as it is. */
    public static InvalidRequest invalidField(String field, String message) {
        List<FieldError> errors = List.of(new FieldError(field, message));
        return new InvalidRequest(InvalidRequest.VALIDATION_FAILED, field + ": " + message, errors, MEDUSA, null);
    }

    /** An action the resource's current state rules out, found before asking Medusa. */
    public static InvalidState invalidState(String message) {
        return new InvalidState(message, MEDUSA, null, false);
    }

    /** A change-feed resource Medusa has no delta query for. */
    public static UnsupportedCapability unwatched() {
        return new UnsupportedCapability(Capability.EVENTS, MEDUSA);
    }

    /** A store account whose credentials are of a kind Medusa does not know. */
    public static InvalidRequest unsupportedCredentials(String method) {
        return invalidField(
                "credentials.type",
                "a Medusa store connects with an api_key (sk_…) or an email_password admin user, not " + method);
    }

    /** A login answer that is not a session: MFA, unverified e-mail, third-party redirect (reference §2.1). */
    public static ConnectionFailed loginIncomplete(MedusaLoginRefusal refusal) {
        return new ConnectionFailed(refusal.reason(), refusal.message(), MEDUSA, null);
    }

    /**
     * A failure of connect-time verification as the API reports it: {@code auth_rejected}, {@code unreachable}, or
     * {@code not_medusa} when the address answers but not like a Medusa v2 Admin API. Other failures (5xx, 429) stay.
     */
    public static CommerceException forVerification(CommerceException error) {
        return switch (error) {
            case CredentialsRejected rejected ->
                new ConnectionFailed("auth_rejected", rejected.getMessage(), MEDUSA, rejected);
            case UpstreamUnreachable unreachable ->
                new ConnectionFailed("unreachable", unreachable.getMessage(), MEDUSA, unreachable);
            case UpstreamTimeout timeout ->
                new ConnectionFailed("unreachable", "Medusa did not answer in time", MEDUSA, timeout);
            case UpstreamContractViolation violation -> notMedusa(violation);
            case NotFound notFound -> notMedusa(notFound);
            case InvalidRequest invalid -> notMedusa(invalid);
            default -> error;
        };
    }

    private static ConnectionFailed notMedusa(CommerceException cause) {
        return new ConnectionFailed(
                "not_medusa",
                "The address does not answer like a Medusa v2 server: check the base URL (the server root, without "
                        + "/admin)",
                MEDUSA,
                cause);
    }

    private java.util.Optional<Duration> parse(@Nullable String retryAfter) {
        return RetryAfter.parse(retryAfter, clock);
    }

    private static CommerceException badRequest(MedusaErrorMessage error, int status) {
        if (error.isStateRefusal()) {
            return new InvalidState(error.message(), MEDUSA, status, false);
        }
        return new InvalidRequest(InvalidRequest.VALIDATION_FAILED, error.message(), List.of(), MEDUSA, status);
    }

    private static CommerceException unprocessable(MedusaErrorMessage error, int status) {
        if (error.hasType("payment_authorization_error")) {
            return new InvalidState(error.message(), MEDUSA, status, false);
        }
        return new InvalidRequest(InvalidRequest.VALIDATION_FAILED, error.message(), List.of(), MEDUSA, status);
    }

    private static CommerceException notFound(String resource, @Nullable String id, int status, String message) {
        if (id == null) {
            return new UpstreamContractViolation(
                    "Medusa has no " + resource + " route at this address (404: " + message + ")",
                    MEDUSA,
                    status,
                    null);
        }
        return new NotFound(resource, id, MEDUSA, status);
    }

    private CommerceException otherStatus(int status, @Nullable String retryAfter, String message) {
        if (status >= 500) {
            return new UpstreamUnavailable(message, parse(retryAfter).orElse(null), MEDUSA, status, null);
        }
        return new UpstreamContractViolation(
                "Medusa answered HTTP " + status + " unexpectedly: " + message, MEDUSA, status, null);
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
