package io.omnicart.adapter.opencart.client;

import io.omnicart.adapter.opencart.auth.OpenCartApiSigner;
import io.omnicart.adapter.opencart.error.OpenCartErrorTranslator;
import io.omnicart.adapter.opencart.error.OpenCartLoginRefusal;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.core.spi.StoreConnection;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * OpenCart's own API at {@code <root>/index.php?route=api/…} (reference §4–§6): the login, which also tells the
 * protocol line apart (3.0's {@code api/login} first, then 4.0's {@code api/account/login}; a 403 JSON answer there is
 * 4.1, which has no login and is checked with one signed call that does nothing), and the order history route that
 * changes a status with OpenCart's side effects. Form-encoded POSTs; the 3.0/4.0 session token travels as the {@code
 * api_token} query parameter, never to a 4.1 store (which answers any {@code api_token} with a 500). Cold publishers;
 * failures are core errors.
 */
public final class OpenCartNativeClient {

    private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED_VALUE;

    /** A call name 4.1 does not know: a signed call with it is accepted and answers an error, changing nothing. */
    static final String PROBE_CALL = "omnicart_probe";

    /** What a 4.1 "session" holds: nothing secret, every call is signed with the key itself. */
    public static final String SIGNED_SESSION = "signed";

    private final OpenCartHttp http;
    private final OpenCartErrorTranslator errors;
    private final OpenCartApiSigner signer;

    OpenCartNativeClient(OpenCartHttp http, OpenCartErrorTranslator errors, OpenCartApiSigner signer) {
        this.http = http;
        this.errors = errors;
        this.signer = signer;
    }

    /**
     * Logs the account's API user in, trying 3.0 then 4.0, and 4.1's signed API when a login route answers 403 JSON; a
     * refusal is a result, transport trouble an error.
     */
    public Mono<OpenCartLoginResult> login(StoreConnection store) {
        return Mono.defer(() -> attempt(store, OpenCartVersion.V3_0))
                .flatMap(first -> first.map(result -> signedOr(store, result))
                        .orElseGet(() -> attempt(store, OpenCartVersion.V4_0)
                                .flatMap(second -> second.map(result -> signedOr(store, result))
                                        .orElseGet(() -> Mono.just(noLoginRoute(store))))));
    }

    /** Adds an order history entry (and so changes the status) in the given session. */
    public Mono<Void> addHistory(
            StoreConnection store, OpenCartVersion version, Secret token, OpenCartHistoryEntry entry) {
        return Mono.defer(() -> http.send(
                        version.signed()
                                ? signedHistoryRequest(store, entry)
                                : historyRequest(store, version, token, entry)))
                .handle((reply, sink) -> {
                    checkHistoryReply(version, reply, entry.orderId());
                    sink.complete();
                });
    }

    private Mono<OpenCartLoginResult> signedOr(StoreConnection store, OpenCartLoginResult result) {
        if (result instanceof OpenCartLoginResult.Refused refused
                && refused.refusal() == OpenCartLoginRefusal.SIGNED_API_ONLY) {
            return probeSigned(store);
        }
        return Mono.just(result);
    }

    /** 4.1: one signed call with a call name it does not know; accepted means the user, key and IP are right. */
    private Mono<OpenCartLoginResult> probeSigned(StoreConnection store) {
        return Mono.defer(() -> http.send(signedRequest(store, PROBE_CALL, 0, "en-gb", "USD", Map.of(), "login", null)))
                .map(reply -> {
                    if (reply.status() == 429 || reply.status() >= 500) {
                        throw errors.fromStatus(reply, "login", null);
                    }
                    Optional<JsonNode> json = OpenCartJson.parse(reply.body());
                    if (reply.status() == 403 && json.isPresent()) {
                        return new OpenCartLoginResult.Refused(
                                OpenCartLoginRefusal.SIGNED_CALL_REFUSED,
                                null,
                                OpenCartErrorTranslator.clean(
                                        json.get().path("error").asString("")));
                    }
                    if (reply.isSuccess() && json.isPresent() && json.get().isObject()) {
                        return new OpenCartLoginResult.Started(OpenCartVersion.V4_1, Secret.of(SIGNED_SESSION));
                    }
                    return new OpenCartLoginResult.Refused(
                            OpenCartLoginRefusal.NOT_OPENCART,
                            null,
                            "HTTP " + reply.status() + " to a signed api/order call");
                });
    }

    private OpenCartRequest signedHistoryRequest(StoreConnection store, OpenCartHistoryEntry entry) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("order_id", entry.orderId());
        form.put("order_status_id", Integer.toString(entry.orderStatusId()));
        form.put("comment", entry.comment());
        form.put("notify", entry.notifyCustomer() ? "1" : "0");
        form.put("override", "0");
        return signedRequest(
                store,
                "history_add",
                entry.storeId(),
                entry.language(),
                entry.currency(),
                form,
                "order",
                entry.orderId());
    }

    private OpenCartRequest signedRequest(
            StoreConnection store,
            String call,
            int storeId,
            String language,
            String currency,
            Map<String, String> form,
            String resource,
            String id) {
        Credentials.ApiUser user = apiUser(store);
        URI entry = OpenCartUrls.nativeEntry(store);
        Map<String, String> query = signer.query(
                entry,
                OpenCartVersion.V4_1.historyRoute(),
                call,
                user.username(),
                user.apiKey().reveal(),
                storeId,
                language,
                currency,
                form);
        return new OpenCartRequest(
                HttpMethod.POST,
                OpenCartUrls.withQuery(entry, query),
                Map.of(),
                OpenCartUrls.form(form),
                FORM,
                resource,
                id);
    }

    private Mono<Optional<OpenCartLoginResult>> attempt(StoreConnection store, OpenCartVersion version) {
        Credentials.ApiUser user = apiUser(store);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", user.username());
        form.put("key", user.apiKey().reveal());
        OpenCartRequest request = new OpenCartRequest(
                HttpMethod.POST,
                OpenCartUrls.nativeRoute(store, version.loginRoute(), Map.of()),
                Map.of(),
                OpenCartUrls.form(form),
                FORM,
                "login",
                null);
        return http.send(request).map(reply -> OpenCartLoginReplies.interpret(version, reply, errors));
    }

    private static OpenCartLoginResult noLoginRoute(StoreConnection store) {
        return new OpenCartLoginResult.Refused(
                OpenCartLoginRefusal.NOT_OPENCART,
                null,
                "neither index.php?route=api/login nor api/account/login exists");
    }

    private static OpenCartRequest historyRequest(
            StoreConnection store, OpenCartVersion version, Secret token, OpenCartHistoryEntry entry) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("api_token", token.reveal());
        query.put("store_id", Integer.toString(entry.storeId()));
        Map<String, String> form = new LinkedHashMap<>();
        if (version == OpenCartVersion.V3_0) {
            query.put("order_id", entry.orderId());
        } else {
            form.put("order_id", entry.orderId());
        }
        form.put("order_status_id", Integer.toString(entry.orderStatusId()));
        form.put("notify", entry.notifyCustomer() ? "1" : "0");
        form.put("override", "0");
        form.put("comment", entry.comment());
        return new OpenCartRequest(
                HttpMethod.POST,
                OpenCartUrls.nativeRoute(store, version.historyRoute(), query),
                Map.of(),
                OpenCartUrls.form(form),
                FORM,
                "order",
                entry.orderId());
    }

    /**
     * 3.0, 4.0 and 4.1 answer {@code {"success": …}}; {@code {"error": …}} is "order could not be found" or, the only
     * other error these routes have, the permission error of a dead session; 4.0 answers a call without a live session
     * with its 404 page, 4.1 a refused signature with 403 JSON (reference §4, §11).
     */
    private void checkHistoryReply(OpenCartVersion version, OpenCartReply reply, String orderId) {
        if (reply.status() == 404 && version == OpenCartVersion.V4_0) {
            throw OpenCartErrorTranslator.sessionRejected("the 4.0 store answered its page-not-found page");
        }
        if (reply.status() == 403 && version.signed()) {
            throw OpenCartErrorTranslator.sessionRejected("the 4.1 store refused the signed call");
        }
        if (reply.status() == 429 || reply.status() >= 500 || !reply.isSuccess()) {
            throw errors.fromStatus(reply, "order", orderId);
        }
        JsonNode json = OpenCartJson.parse(reply.body())
                .orElseThrow(() -> OpenCartErrorTranslator.unexpectedReply("the order history route sent no JSON"));
        JsonNode error = json.get("error");
        if (error != null && !error.isNull()) {
            String message = error.isString() ? error.asString() : error.toString();
            throw isOrderMissing(message)
                    ? OpenCartErrorTranslator.notFound("order", orderId)
                    : OpenCartErrorTranslator.sessionRejected(message);
        }
        if (json.get("success") == null) {
            throw OpenCartErrorTranslator.unexpectedReply("the order history route answered neither success nor error");
        }
    }

    private static boolean isOrderMissing(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("could not be found") || lower.contains("not found");
    }

    private static Credentials.ApiUser apiUser(StoreConnection store) {
        if (store.credentials() instanceof Credentials.ApiUser user) {
            return user;
        }
        throw OpenCartErrorTranslator.unsupportedCredentials(
                store.credentials().method().wire());
    }
}
