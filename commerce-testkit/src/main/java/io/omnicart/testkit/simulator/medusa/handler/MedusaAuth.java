package io.omnicart.testkit.simulator.medusa.handler;

import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.medusa.state.MedusaFailure;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Medusa's admin authentication (reference §2): a bearer JWT of a user, or a secret API key over HTTP Basic (base64 of
 * {@code sk_…:} or the raw key). Every refusal is the middleware's bare 401 {@code {"message": "Unauthorized"}},
 * except a secret key sent as a bearer token, which gets its hint.
 */
public final class MedusaAuth {

    static final String BEARER_SECRET_KEY = "A secret API key was passed as a Bearer token. Secret API keys must be "
            + "sent using HTTP Basic authentication instead (Authorization: Basic <secret-api-key>).";

    private final MedusaStore store;
    private final MedusaTokens tokens;

    public MedusaAuth(MedusaStore store, MedusaTokens tokens) {
        this.store = store;
        this.tokens = tokens;
    }

    public Actor authenticate(SimRequest request) {
        String header = request.header("authorization");
        if (header == null) {
            throw unauthorized();
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(header.substring(7).trim());
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header.substring(6).trim());
        }
        throw unauthorized();
    }

    private Actor bearer(String token) {
        if (token.startsWith("sk_")) {
            throw MedusaFailure.unauthorized(BEARER_SECRET_KEY);
        }
        return tokens.actor(token, store.now()).map(Actor::user).orElseThrow(MedusaAuth::unauthorized);
    }

    private Actor basic(String credential) {
        String key = credential.startsWith("sk_") ? credential : decode(credential);
        if (key.endsWith(":")) {
            key = key.substring(0, key.length() - 1);
        }
        return store.activeSecretKey(key).map(found -> Actor.apiKey(found.id())).orElseThrow(MedusaAuth::unauthorized);
    }

    private static String decode(String credential) {
        try {
            return new String(Base64.getDecoder().decode(credential), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return credential;
        }
    }

    static MedusaFailure unauthorized() {
        return MedusaFailure.unauthorized("Unauthorized");
    }
}
