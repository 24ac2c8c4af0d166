package io.omnicart.adapter.opencart.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * OpenCart 4.1's signature (reference §4, 4.1.x) checked against PHP itself: the POST hash must be what PHP's {@code
 * md5(http_build_query(...))} gives over the fields after OpenCart's input cleaning ({@code trim(htmlspecialchars(…,
 * ENT_COMPAT, 'UTF-8'))}), and the signature what {@code base64_encode(hash_hmac('sha1', …, true))} gives. {@code php}
 * is required, as for every OpenCart test.
 */
class OpenCartApiSignerTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final String KEY = "k3y-with-~*+/=&\"<>-chars";

    private final OpenCartApiSigner signer = new OpenCartApiSigner(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void hashesThePostTheWayPhpDoesAfterOpenCartCleanedIt() throws Exception {
        Map<String, String> post = new LinkedHashMap<>();
        post.put("order_id", "42");
        post.put("order_status_id", "3");
        post.put("comment", "  Shipped with \"UPS\" & <Co>, tracking 1Z~*'ü: https://t.example/?a=1&b=2 \n");
        post.put("notify", "1");
        post.put("odd name", "a+b c%d");

        String java = OpenCartApiSigner.md5(OpenCartApiSigner.httpBuildQuery(OpenCartApiSigner.cleaned(post)));

        String php = php("""
                $post = json_decode(stream_get_contents(STDIN), true);
                $clean = [];
                foreach ($post as $k => $v) {
                    $clean[trim(htmlspecialchars($k, ENT_COMPAT, 'UTF-8'))] = trim(htmlspecialchars($v, ENT_COMPAT, 'UTF-8'));
                }
                echo md5(http_build_query($clean));
                """, JsonMapper.builder().build().writeValueAsString(post));
        assertThat(java).isEqualTo(php).hasSize(32);
    }

    @Test
    void signsTheTenLinesWithHmacSha1AsPhpDoes() throws Exception {
        Map<String, String> post = Map.of("order_id", "7");
        Map<String, String> query = signer.query(
                URI.create("http://shop.example:8080/store/index.php"),
                "api/order",
                "history_add",
                "omnicart",
                KEY,
                0,
                "en-gb",
                "USD",
                post);

        assertThat(query)
                .containsEntry("route", "api/order")
                .containsEntry("call", "history_add")
                .containsEntry("username", "omnicart")
                .containsEntry("store_id", "0")
                .containsEntry("language", "en-gb")
                .containsEntry("currency", "USD")
                .containsEntry("time", Long.toString(NOW.getEpochSecond()))
                .doesNotContainValue(KEY);
        String php = php("""
                $key = stream_get_contents(STDIN);
                $s = "api/order\\nhistory_add\\nomnicart\\nshop.example:8080\\n/store/\\n0\\nen-gb\\nUSD\\n"
                    . md5(http_build_query(['order_id' => '7'])) . "\\n%d\\n";
                echo base64_encode(hash_hmac('sha1', $s, $key, true));
                """.formatted(NOW.getEpochSecond()), KEY);
        assertThat(query.get("signature")).isEqualTo(php);
    }

    @Test
    void theFolderIsThatOfIndexPhpWithATrailingSlash() {
        assertThat(OpenCartApiSigner.folder(URI.create("https://shop.example/index.php")))
                .isEqualTo("/");
        assertThat(OpenCartApiSigner.folder(URI.create("https://shop.example/shop/index.php")))
                .isEqualTo("/shop/");
        assertThat(OpenCartApiSigner.host(URI.create("https://shop.example/index.php")))
                .isEqualTo("shop.example");
        assertThat(OpenCartApiSigner.host(URI.create("http://127.0.0.1:8089/index.php")))
                .isEqualTo("127.0.0.1:8089");
    }

    private static String php(String code, String stdin) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("php", "-r", code).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("php: " + err).isZero();
        return out;
    }
}
