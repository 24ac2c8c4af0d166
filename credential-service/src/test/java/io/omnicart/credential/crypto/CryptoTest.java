package io.omnicart.credential.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.KeysetHandle;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CryptoTest {

    private static final String SECRET = "sk_live_9f8e7d6c5b4a";

    @Test
    void sealsEveryCredentialTypeBoundToItsAccount() {
        CredentialSealer sealer = new CredentialSealer(new TinkSecretCipher(Keysets.generate()));
        for (Credentials credentials : List.of(
                new Credentials.ApiKey(Secret.of(SECRET)),
                new Credentials.EmailPassword("ops@shop.example", Secret.of(SECRET)),
                new Credentials.ClientCredentials("client-1", Secret.of(SECRET)),
                new Credentials.ApiUser("api-user", Secret.of(SECRET)))) {
            CredentialSealer.Sealed encrypted = sealer.seal("ws-1", "acc_1", credentials);
            assertThat(new String(encrypted.ciphertext(), StandardCharsets.ISO_8859_1))
                    .doesNotContain(SECRET);
            assertThat(encrypted.keyId()).isEqualTo(sealer.primaryKeyId());
            assertThat(sealer.open("ws-1", "acc_1", encrypted.ciphertext())).isEqualTo(credentials);
            assertThatThrownBy(() -> sealer.open("ws-1", "acc_2", encrypted.ciphertext()))
                    .isInstanceOf(TinkSecretCipher.UndecryptableException.class)
                    .hasMessageNotContaining(SECRET);
            assertThatThrownBy(() -> sealer.open("ws-2", "acc_1", encrypted.ciphertext()))
                    .isInstanceOf(TinkSecretCipher.UndecryptableException.class);
        }
    }

    /**
     * {@code encrypt} writes Tink's AES-GCM wire format itself (a per-thread DRBG for the IV instead of Tink's
     * NativePRNG, whose global lock stalled event loops): Tink's own primitive must open what it writes and the other
     * way round, for every size, and both must refuse other associated data or a flipped bit.
     */
    @Test
    void theCiphertextIsTinksOwnAesGcmFormat() throws Exception {
        com.google.crypto.tink.aead.AeadConfig.register();
        KeysetHandle keyset = Keysets.generate();
        TinkSecretCipher cipher = new TinkSecretCipher(keyset);
        com.google.crypto.tink.Aead tink = keyset.getPrimitive(
                com.google.crypto.tink.RegistryConfiguration.get(), com.google.crypto.tink.Aead.class);
        java.util.Set<String> ivs = new java.util.HashSet<>();
        for (int size : new int[] {0, 1, 15, 16, 17, 1024, 100_000}) {
            byte[] plaintext = new byte[size];
            java.util.concurrent.ThreadLocalRandom.current().nextBytes(plaintext);
            byte[] ours = cipher.encrypt(plaintext, bytes("ws-1/acc_1"));
            assertThat(ours).hasSize(5 + 12 + size + 16);
            assertThat(ivs.add(java.util.HexFormat.of().formatHex(ours, 5, 17))).isTrue();
            assertThat(tink.decrypt(ours, bytes("ws-1/acc_1"))).isEqualTo(plaintext);
            assertThatThrownBy(() -> tink.decrypt(ours, bytes("ws-1/acc_2")))
                    .isInstanceOf(java.security.GeneralSecurityException.class);
            byte[] tampered = ours.clone();
            tampered[tampered.length - 1] ^= 1;
            assertThatThrownBy(() -> tink.decrypt(tampered, bytes("ws-1/acc_1")))
                    .isInstanceOf(java.security.GeneralSecurityException.class);

            byte[] theirs = tink.encrypt(plaintext, bytes("ws-1/acc_1"));
            assertThat(cipher.decrypt(theirs, bytes("ws-1/acc_1"))).isEqualTo(plaintext);
            assertThatThrownBy(() -> cipher.decrypt(theirs, bytes("ws-2/acc_1")))
                    .isInstanceOf(TinkSecretCipher.UndecryptableException.class);
        }
    }

    @Test
    void rotationKeepsOldCiphertextsReadableUntilTheOldKeyIsDeleted() {
        KeysetHandle original = Keysets.generate();
        long oldKey = Integer.toUnsignedLong(original.getPrimary().getId());
        byte[] old = new TinkSecretCipher(original).encrypt(bytes("payload"), bytes("ad"));

        KeysetHandle added = Keysets.addKey(original);
        assertThat(new TinkSecretCipher(added).primaryKeyId()).isEqualTo(oldKey);
        long newKey = Integer.toUnsignedLong(added.getAt(1).getId());
        TinkSecretCipher rotated = new TinkSecretCipher(Keysets.promote(added, newKey));
        byte[] fresh = rotated.encrypt(bytes("payload"), bytes("ad"));

        assertThat(TinkSecretCipher.keyIdOf(old)).isEqualTo(oldKey);
        assertThat(TinkSecretCipher.keyIdOf(fresh)).isEqualTo(newKey).isEqualTo(rotated.primaryKeyId());
        assertThat(rotated.decrypt(old, bytes("ad"))).isEqualTo(bytes("payload"));
        TinkSecretCipher retired = new TinkSecretCipher(Keysets.delete(Keysets.promote(added, newKey), oldKey));
        assertThat(retired.decrypt(fresh, bytes("ad"))).isEqualTo(bytes("payload"));
        assertThatThrownBy(() -> retired.decrypt(old, bytes("ad")))
                .isInstanceOf(TinkSecretCipher.UndecryptableException.class);
        assertThatThrownBy(() -> Keysets.delete(added, oldKey)).hasMessageContaining("primary");
    }

    @Test
    void keysetToolGeneratesRotatesAndDescribesWithoutKeyMaterial(@TempDir Path dir) throws Exception {
        Path keyset = dir.resolve("keyset.json");
        Files.writeString(keyset, run("generate"));
        Path added = dir.resolve("added.json");
        Files.writeString(added, run("add", keyset.toString()));
        String info = run("info", added.toString());
        assertThat(info.lines()).hasSize(2).anyMatch(line -> line.contains("primary"));
        assertThat(info)
                .doesNotContain("\"value\"")
                .doesNotContain(Files.readString(added).substring(40, 60));
        String newId = info.lines()
                .filter(l -> !l.contains("primary"))
                .findFirst()
                .orElseThrow()
                .split(" ")[0];
        KeysetHandle promoted = Keysets.parse(run("promote", added.toString(), newId));
        assertThat(Integer.toUnsignedLong(promoted.getPrimary().getId())).isEqualTo(Long.parseLong(newId));
        assertThat(KeysetTool.run(List.of("bogus"), new PrintStream(new ByteArrayOutputStream()), quiet()))
                .isEqualTo(2);
    }

    @Test
    void productionRefusesToStartWithoutAKeysetAndDevelopmentGeneratesOne(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> KeysetLoader.load(null, null, dir, true))
                .isInstanceOf(KeysetLoader.MissingKeysetException.class)
                .hasMessageContaining("OMNICART_CREDENTIALS_KEYSET");
        KeysetHandle generated = KeysetLoader.load(null, null, dir, false);
        Path file = dir.resolve(KeysetLoader.DEV_KEYSET_FILE);
        assertThat(Files.getPosixFilePermissions(file))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThat(KeysetLoader.load(null, null, dir, false).equalsKeyset(generated))
                .isTrue();
        String json = Keysets.toJson(Keysets.generate());
        assertThat(KeysetLoader.load(json, file, dir, true).equalsKeyset(Keysets.parse(json)))
                .isTrue();
        assertThat(KeysetLoader.load(null, file, dir, true).equalsKeyset(generated))
                .isTrue();
    }

    private static String run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(KeysetTool.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), quiet()))
                .isZero();
        return out.toString(StandardCharsets.UTF_8).trim();
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
