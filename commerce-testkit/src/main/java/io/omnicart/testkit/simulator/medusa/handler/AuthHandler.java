package io.omnicart.testkit.simulator.medusa.handler;

import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.medusa.MedusaLoginChallenge;
import io.omnicart.testkit.simulator.medusa.state.ApiKeyState;
import io.omnicart.testkit.simulator.medusa.state.MedusaFailure;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.medusa.state.UserState;
import io.omnicart.testkit.simulator.medusa.wire.AdminWire;
import io.omnicart.testkit.simulator.medusa.wire.FieldTree;
import io.omnicart.testkit.simulator.medusa.wire.ListEnvelope;
import io.omnicart.testkit.simulator.medusa.wire.MedusaJson;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.node.ObjectNode;

/** {@code /auth/user/emailpass}, {@code /auth/token/refresh}, {@code /admin/users/me} and {@code /admin/api-keys}. */
public final class AuthHandler {

    private final MedusaStore store;
    private final MedusaTokens tokens;
    private final MedusaBehavior behavior;

    public AuthHandler(MedusaStore store, MedusaTokens tokens, MedusaBehavior behavior) {
        this.store = store;
        this.tokens = tokens;
        this.behavior = behavior;
    }

    /** Routes an {@code /auth/…} request; those need no prior authentication. */
    public SimResponse auth(SimRequest request) {
        if (request.method().equals("POST") && request.path().equals("/auth/user/emailpass")) {
            return login(request);
        }
        if (request.method().equals("POST") && request.path().equals("/auth/token/refresh")) {
            return refresh(request);
        }
        return MedusaErrors.noRoute(request.method(), request.path());
    }

    public SimResponse me(Call call) {
        if (!call.actor().isUser()) {
            throw MedusaFailure.notFound("User with id: " + call.actor().id() + " was not found");
        }
        FieldTree tree = call.fields() == null ? FieldTree.all() : FieldTree.parse(call.fields(), "");
        return SimResponse.json(
                200, ListEnvelope.single("user", AdminWire.user(store.admin()).project(tree)));
    }

    public SimResponse apiKeys(Call call) {
        var keys = Filters.anyOf(store.apiKeys.values().stream(), call.query(), "type", ApiKeyState::type);
        var page = ListQuery.of(call.query(), 20).page(keys, ApiKeyState::id, (key, field) -> null);
        var rows = page.rows().stream()
                .map(key -> AdminWire.apiKey(key).project(FieldTree.all()))
                .toList();
        return SimResponse.json(200, ListEnvelope.of("api_keys", rows, page.count(), page.offset(), page.limit()));
    }

    /** A new key; its full token is shown only in this answer. */
    public SimResponse createApiKey(Call call) {
        ObjectNode body = Bodies.strict(call.body(), Set.of(), Set.of("title", "type"));
        String type = body.get("type").asString();
        String prefix = type.equals("secret") ? "sk_" : "pk_";
        Instant now = store.now();
        String token = prefix + HexFormat.of().formatHex(randomBytes());
        ApiKeyState key = new ApiKeyState(
                store.ids.next("apk", now),
                token,
                body.get("title").asString(),
                type,
                call.actor().id(),
                now,
                null);
        store.apiKeys.put(key.id(), key);
        return SimResponse.json(
                200, ListEnvelope.single("api_key", AdminWire.createdApiKey(key).project(FieldTree.all())));
    }

    public SimResponse revokeApiKey(Call call) {
        ApiKeyState key = store.apiKeys.get(call.param(0));
        if (key == null) {
            throw MedusaFailure.notFound("API Key with id: " + call.param(0) + " was not found");
        }
        ApiKeyState revoked = new ApiKeyState(
                key.id(), key.token(), key.title(), key.type(), key.createdBy(), key.createdAt(), store.now());
        store.apiKeys.put(key.id(), revoked);
        return SimResponse.json(
                200, ListEnvelope.single("api_key", AdminWire.apiKey(revoked).project(FieldTree.all())));
    }

    private SimResponse login(SimRequest request) {
        ObjectNode body = Bodies.parse(request.body());
        UserState admin = store.admin();
        if (!admin.email().equalsIgnoreCase(body.path("email").asString(""))
                || !admin.password().equals(body.path("password").asString(""))) {
            return MedusaErrors.response(new MedusaFailure(401, "unauthorized", "Invalid email or password", null));
        }
        MedusaLoginChallenge challenge = behavior.loginChallenge();
        ObjectNode answer = challenge(challenge);
        boolean complete = challenge == MedusaLoginChallenge.NONE;
        answer.put("token", tokens.issue(admin, complete, store.now(), behavior.tokenLifetime()));
        return SimResponse.json(200, answer);
    }

    /** The flags of a login that still needs MFA or email verification; its token carries no actor. */
    private ObjectNode challenge(MedusaLoginChallenge challenge) {
        ObjectNode answer = MedusaJson.object();
        if (challenge == MedusaLoginChallenge.MFA_REQUIRED) {
            answer.put("mfa_required", true);
            ObjectNode mfa = answer.putObject("mfa_challenge");
            mfa.put("id", store.newId("mfachal"));
            mfa.put("type", "totp");
        } else if (challenge == MedusaLoginChallenge.VERIFICATION_REQUIRED) {
            answer.put("verification_required", true);
        }
        return answer;
    }

    private SimResponse refresh(SimRequest request) {
        String header = request.header("authorization");
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7) : "";
        if (tokens.actor(token.trim(), store.now()).isEmpty()) {
            throw MedusaAuth.unauthorized();
        }
        ObjectNode answer = MedusaJson.object();
        answer.put("token", tokens.issue(store.admin(), true, store.now(), behavior.tokenLifetime()));
        return SimResponse.json(200, answer);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
