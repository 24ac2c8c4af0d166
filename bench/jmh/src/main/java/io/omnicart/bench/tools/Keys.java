package io.omnicart.bench.tools;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bench's identity provider, in files: a fresh RSA key whose public half is {@code jwks.json} (served by the stub,
 * the gateway's {@code omnicart.security.jwk-set-uri}), a caller token signed with it ({@code caller.jwt}: RS256,
 * the workspace and the commerce bundle, valid for a day), and the admin JWT the stub's {@code /auth/user/emailpass}
 * hands out ({@code medusa-login.json}; the gateway only reads its {@code exp}). The private key never leaves memory.
 *
 * <p>Usage: {@code Keys <out dir> <workspace id>}.
 */
public final class Keys {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final String KID = "omnicart-bench";

    private Keys() {}

    public static void main(String[] args) throws IOException, GeneralSecurityException {
        if (args.length < 2) {
            System.err.println("usage: Keys <out dir> <workspace id>");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        String workspace = args[1];
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();

        Map<String, Object> jwk = Map.of(
                "kty",
                "RSA",
                "kid",
                KID,
                "use",
                "sig",
                "alg",
                "RS256",
                "n",
                unsigned(publicKey.getModulus()),
                "e",
                unsigned(publicKey.getPublicExponent()));
        Files.writeString(out.resolve("jwks.json"), JSON.writeValueAsString(Map.of("keys", List.of(jwk))));

        long now = Instant.now().getEpochSecond();
        String header = part(Map.of("alg", "RS256", "typ", "JWT", "kid", KID));
        String claims = part(Map.of(
                "sub",
                "bench-user",
                "workspace_id",
                workspace,
                "bundles",
                List.of("commerce"),
                "iat",
                now,
                "exp",
                now + 86_400));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(pair.getPrivate());
        rsa.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        Files.writeString(out.resolve("caller.jwt"), header + "." + claims + "." + B64.encodeToString(rsa.sign()));

        // Medusa's admin JWT is HS256 with Medusa's own secret; the gateway never verifies it, it reads `exp` only.
        String adminHeader = part(Map.of("alg", "HS256", "typ", "JWT"));
        String adminClaims = part(Map.of(
                "actor_id", "user_01BENCH",
                "actor_type", "user",
                "auth_provider", "emailpass",
                "iat", now,
                "exp", now + 86_400));
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        String adminToken = adminHeader + "." + adminClaims + "."
                + B64.encodeToString(
                        mac.doFinal((adminHeader + "." + adminClaims).getBytes(StandardCharsets.US_ASCII)));
        Files.writeString(out.resolve("medusa-login.json"), JSON.writeValueAsString(Map.of("token", adminToken)));
        System.out.println("keys and tokens written to " + out);
    }

    private static String part(Map<String, Object> value) {
        return B64.encodeToString(JSON.writeValueAsBytes(value));
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            byte[] trimmed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
            bytes = trimmed;
        }
        return B64.encodeToString(bytes);
    }
}
