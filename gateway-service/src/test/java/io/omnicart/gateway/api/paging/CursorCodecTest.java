package io.omnicart.gateway.api.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.core.error.InvalidRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorCodecTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final String SCOPE =
            ListScope.of("orders").with("status", null).toString();

    private final CursorCodec codec = new CursorCodec(KEY);

    @Test
    void aTokenCarriesTheAdapterCursorForItsAccountAndScope() {
        String token = codec.encode("demo", SCOPE, "offset:25|scroll=abc");

        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+").doesNotContain("=");
        assertThat(codec.decode("demo", SCOPE, token)).isEqualTo("offset:25|scroll=abc");
    }

    @Test
    void aTokenIsRefusedForAnotherAccountScopeOrKey() {
        String token = codec.encode("demo", SCOPE, "offset:25");

        assertInvalid(() -> codec.decode("acc_1", SCOPE, token));
        assertInvalid(() -> codec.decode("demo", ListScope.of("customers").toString(), token));
        assertInvalid(() -> new CursorCodec("another-key-another-key-another-k".getBytes(StandardCharsets.UTF_8))
                .decode("demo", SCOPE, token));
    }

    @Test
    void anEditedPayloadOrSignatureIsRefused() {
        String token = codec.encode("demo", SCOPE, "offset:25");
        String signature = token.substring(token.indexOf('.') + 1);
        String forged =
                Base64.getUrlEncoder().withoutPadding().encodeToString("offset:0".getBytes(StandardCharsets.UTF_8));

        assertInvalid(() -> codec.decode("demo", SCOPE, forged + "." + signature));
        assertInvalid(() -> codec.decode("demo", SCOPE, token.substring(0, token.length() - 2)));
        assertInvalid(() -> codec.decode("demo", SCOPE, token + "A"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "a.b.c", ".", "abc.", ".abc", "ab+/.cd", "a b.cd"})
    void malformedTokensAreRefused(String token) {
        assertInvalid(() -> codec.decode("demo", SCOPE, token));
    }

    @Test
    void overlongTokensAreRefused() {
        assertInvalid(() -> codec.decode("demo", SCOPE, "a".repeat(CursorCodec.MAX_TOKEN_LENGTH) + ".b"));
    }

    @Test
    void aShortKeyIsRejected() {
        assertThatThrownBy(() -> new CursorCodec(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scopesNormalizeCollectionsAndEncodeValues() {
        String one = ListScope.of("orders")
                .with("status", java.util.List.of("b", "a"))
                .with("q", "x&y=z")
                .toString();
        String two = ListScope.of("orders")
                .with("status", java.util.List.of("a", "b"))
                .with("q", "x&y=z")
                .toString();
        String other = ListScope.of("orders")
                .with("status", java.util.List.of("a", "b"))
                .with("q", "x")
                .toString();

        assertThat(one).isEqualTo(two).isNotEqualTo(other);
    }

    @Test
    void theConfiguredKeyIsUsedAndAMissingOneIsGenerated() {
        String configured = Base64.getEncoder().encodeToString(KEY);

        assertThat(CursorConfiguration.key(configured)).isEqualTo(KEY);
        assertThat(CursorConfiguration.key(null)).hasSize(CursorCodec.MIN_KEY_BYTES);
        assertThat(CursorConfiguration.key(null)).isNotEqualTo(CursorConfiguration.key(null));
        assertThatThrownBy(() -> CursorConfiguration.key(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> CursorConfiguration.key("not base64!")).isInstanceOf(IllegalStateException.class);
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidRequest.class, e -> assertThat(e.code()).isEqualTo("invalid_cursor"));
    }
}
