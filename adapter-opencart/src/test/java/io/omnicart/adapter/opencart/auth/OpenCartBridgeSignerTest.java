package io.omnicart.adapter.opencart.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.spi.Secret;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bridge signature (bridge PROTOCOL.md §2.2), checked against the protocol's example and a PHP-made vector. */
class OpenCartBridgeSignerTest {

    private static final Secret KEY = Secret.of("0mn1c4rtT35tK3y0000000000000000000000000000000000000000000000001");

    @Test
    void canonicalizesTheQueryAsTheProtocolExample() {
        assertThat(OpenCartBridgeSigner.canonicalQuery(
                        "route=orders&status_ids=1,2&modified_since=2026-11-20T00:00:00+00:00"))
                .isEqualTo("modified_since=2026-11-20T00%3A00%3A00%2B00%3A00&route=orders&status_ids=1%2C2");
    }

    @Test
    void plusIsAPlusAuthParametersAreLeftOutAndPairsAreSorted() {
        assertThat(OpenCartBridgeSigner.canonicalQuery("b=2&a=x%20y&a=x+y&oc_sig=abc&oc_user=u&flag"))
                .isEqualTo("a=x%20y&a=x%2By&b=2&flag=");
        assertThat(OpenCartBridgeSigner.canonicalQuery("")).isEmpty();
        assertThat(OpenCartBridgeSigner.encode("Grüße/ü")).isEqualTo("Gr%C3%BC%C3%9Fe%2F%C3%BC");
    }

    @Test
    void signsLikeThePhpReference() {
        // hash_hmac('sha256', <string to sign>, <key>) computed with PHP 8.2 for these inputs
        String signature = OpenCartBridgeSigner.signature(
                "GET",
                "/shop/omnicart-bridge.php",
                "route=orders&status_ids=1,2&modified_since=2026-11-20T00:00:00%2B00:00",
                new byte[0],
                "omnicart",
                KEY,
                1_767_225_600L,
                "0123456789abcdef0123456789abcdef");

        assertThat(signature).isEqualTo("d32c160dc5878d891854df31ec361e445b6352e407e4814226a7c1305ca7846a");
    }

    @Test
    void theBodyHashIsPartOfTheStringToSign() {
        String toSign = OpenCartBridgeSigner.stringToSign(
                "post",
                "/omnicart-bridge.php",
                "route=inventory.set",
                "{\"items\":[]}".getBytes(StandardCharsets.UTF_8),
                "omnicart",
                1L,
                "n0nce0123456789ab");

        assertThat(toSign.split("\n"))
                .containsExactly(
                        "OMNICART1-HMAC-SHA256",
                        "POST",
                        "/omnicart-bridge.php",
                        "route=inventory.set",
                        "eef46741adfc3a9f76294d3b78f37a45f113092ac9d44ee77c7a038a88ff09a1",
                        "1",
                        "n0nce0123456789ab",
                        "omnicart");
    }

    @Test
    void theHeadersCarryNoKey() {
        var headers = OpenCartBridgeSigner.headers(
                "GET",
                "/omnicart-bridge.php",
                "route=version",
                new byte[0],
                "omnicart",
                KEY,
                10L,
                "abcdefabcdefabcdef");

        assertThat(headers)
                .containsKeys("X-OmniCart-User", "X-OmniCart-Timestamp", "X-OmniCart-Nonce", "X-OmniCart-Signature");
        assertThat(headers.values()).noneMatch(value -> value.contains(KEY.reveal()));
    }
}
