package io.omnicart.testkit.simulator.medusa.handler;

import io.omnicart.testkit.simulator.medusa.state.UserState;
import io.omnicart.testkit.simulator.medusa.wire.MedusaJson;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * HS256 JWTs with Medusa's claims (reference §2.1): {@code actor_id, actor_type, auth_identity_id, auth_provider,
 * app_metadata.user_id, mfa_enabled, iat, exp}. Each simulator signs with its own random secret and accepts only tokens
 * it issued since the last {@link #expireAll()}.
 */
public final class MedusaTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER =
            ENCODER.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private final byte[] secret = new byte[32];
    private final Map<String, Integer> issued = new ConcurrentHashMap<>();
    private volatile int generation;

    public MedusaTokens() {
        new SecureRandom().nextBytes(secret);
    }

    /** A token for {@code user}; without an actor when the login still needs MFA or verification. */
    public String issue(UserState user, boolean withActor, Instant now, Duration lifetime) {
        ObjectNode claims = MedusaJson.object();
        claims.put("actor_id", withActor ? user.id() : "");
        claims.put("actor_type", "user");
        claims.put("auth_identity_id", user.authIdentityId());
        claims.put("auth_provider", "emailpass");
        claims.put("mfa_enabled", !withActor);
        claims.putNull("mfa_challenge_completed_at");
        claims.putObject("app_metadata").put("user_id", user.id());
        claims.putObject("user_metadata");
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(lifetime).getEpochSecond());
        String unsigned = HEADER + "." + encode(MedusaJson.mapper().writeValueAsString(claims));
        String token = unsigned + "." + sign(unsigned);
        issued.put(token, generation);
        return token;
    }

    /** The actor id of a valid, unexpired, unrevoked token carrying an actor; empty otherwise. */
    public Optional<String> actor(String token, Instant now) {
        return claims(token, now)
                .map(claims -> claims.path("actor_id").asString(""))
                .filter(actor -> !actor.isEmpty());
    }

    /** The claims of a correctly signed, unexpired and unrevoked token, actor or not. */
    public Optional<JsonNode> claims(String token, Instant now) {
        String[] parts = token.split("\\.");
        if (parts.length != 3 || !Integer.valueOf(generation).equals(issued.get(token)) || !verified(parts)) {
            return Optional.empty();
        }
        try {
            JsonNode claims =
                    MedusaJson.mapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
            return claims.path("exp").asLong(0) > now.getEpochSecond() ? Optional.of(claims) : Optional.empty();
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    /** Invalidates every token issued so far; a token issued later (even an identical one) is valid. */
    public void expireAll() {
        generation++;
    }

    private boolean verified(String[] parts) {
        byte[] expected = sign(parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String unsigned) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return ENCODER.encodeToString(mac.doFinal(unsigned.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", impossible);
        }
    }

    private static String encode(String json) {
        return ENCODER.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
