package io.omnicart.credential.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.core.error.ConnectionFailed;
import io.omnicart.core.model.Platform;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

class BaseUrlPolicyTest {

    /** Names that resolve to private or special addresses (what a malicious DNS zone would serve). */
    static final Map<String, String> DNS = Map.ofEntries(
            Map.entry("shop.example.com", "93.184.215.14"),
            Map.entry("v6shop.example.com", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"),
            Map.entry("internal.example.com", "10.0.0.5"),
            Map.entry("rebind.example.com", "127.0.0.1"),
            Map.entry("meta.example.com", "169.254.169.254"),
            Map.entry("router.example.com", "192.168.1.1"),
            Map.entry("docker.example.com", "172.17.0.1"),
            Map.entry("cgnat.example.com", "100.64.1.1"),
            Map.entry("ula.example.com", "fd12:3456:789a::1"),
            Map.entry("linklocal6.example.com", "fe80::1"),
            Map.entry("mapped.example.com", "::ffff:10.0.0.1"),
            Map.entry("zero.example.com", "0.0.0.0"),
            Map.entry("self-hosted.corp.example", "10.20.30.40"),
            Map.entry("mixed.example.com", "93.184.215.14,10.0.0.9"));

    static HostResolver fakeDns() {
        return host -> {
            String answer = DNS.get(host);
            if (answer == null) {
                return Mono.error(new UnknownHostException(host));
            }
            return Mono.fromCallable(() ->
                    Stream.of(answer.split(",")).map(BaseUrlPolicyTest::address).toList());
        };
    }

    static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    static BaseUrlPolicy policy(boolean loopback, List<String> allowList) {
        return new BaseUrlPolicy(AddressPolicy.of(loopback, allowList), fakeDns(), Duration.ofSeconds(2));
    }

    private final BaseUrlPolicy strict = policy(false, List.of());

    static Stream<String> forbiddenPayloads() {
        return Stream.of(
                // literal IPv4 in every special range
                "https://127.0.0.1",
                "https://127.0.0.2:8443/store",
                "https://10.0.0.1",
                "https://10.255.255.254",
                "https://172.16.0.1",
                "https://172.31.255.255",
                "https://192.168.0.1",
                "https://169.254.169.254",
                "https://169.254.169.254/latest/meta-data/",
                "https://169.254.1.1",
                "https://100.64.0.1",
                "https://100.127.255.254",
                "https://0.0.0.0",
                "https://0.1.2.3",
                "https://224.0.0.1",
                "https://239.255.255.250",
                "https://240.0.0.1",
                "https://255.255.255.255",
                "https://198.18.0.1",
                "https://198.19.255.1",
                "https://192.0.2.10",
                "https://198.51.100.7",
                "https://203.0.113.9",
                "https://192.0.0.192",
                "https://100.100.100.200",
                // IPv6 literals
                "https://[::1]",
                "https://[::]",
                "https://[fe80::1]",
                "https://[fe80::1%25eth0]",
                "https://[fc00::1]",
                "https://[fd00:ec2::254]",
                "https://[ff02::1]",
                "https://[2001:db8::1]",
                "https://[fec0::1]",
                // IPv6 forms that embed a forbidden IPv4
                "https://[::ffff:127.0.0.1]",
                "https://[::ffff:7f00:1]",
                "https://[::ffff:169.254.169.254]",
                "https://[::ffff:a00:1]",
                "https://[::127.0.0.1]",
                "https://[0:0:0:0:0:ffff:10.0.0.1]",
                "https://[64:ff9b::a9fe:a9fe]",
                "https://[64:ff9b::10.0.0.1]",
                "https://[2002:7f00:1::]",
                "https://[2002:c0a8:101::1]",
                "https://[2001:0::1]",
                // decimal, octal, hex and short IPv4 spellings
                "https://2130706433",
                "https://017700000001",
                "https://0x7f000001",
                "https://0x7f.1",
                "https://127.1",
                "https://127.0.1",
                "https://0177.0.0.1",
                "https://0x7f.0x0.0x0.0x1",
                "https://2852039166",
                "https://0xa9fea9fe",
                "https://0251.0376.0251.0376",
                "https://10.1",
                "https://0",
                "https://127.0.0.1.",
                "https://127.000.000.001",
                "https://1.2.3.4.5",
                // unicode spellings normalized by IDNA
                "https://①②⑦.0.0.1",
                "https://１２７.０.０.１",
                // names resolving to special addresses, and metadata names
                "https://internal.example.com",
                "https://rebind.example.com",
                "https://meta.example.com",
                "https://router.example.com",
                "https://docker.example.com",
                "https://cgnat.example.com",
                "https://ula.example.com",
                "https://linklocal6.example.com",
                "https://mapped.example.com",
                "https://zero.example.com",
                "https://mixed.example.com",
                "https://metadata.google.internal",
                "https://metadata.google.internal./computeMetadata/v1",
                "https://METADATA.GOOGLE.INTERNAL",
                "https://localhost",
                "https://localhost:9000",
                "https://admin.localhost",
                "http://localhost:8080");
    }

    @ParameterizedTest
    @MethodSource("forbiddenPayloads")
    void refusesSpecialAddresses(String payload) {
        assertThat(forbiddenPayloads().count()).isGreaterThanOrEqualTo(50);
        assertThat(reason(strict, payload)).as(payload).isEqualTo("base_url_forbidden");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://shop.example.com/admin|Do not include /admin at the end",
                "https://shop.example.com/admin/|Do not include /admin at the end",
                "https://shop.example.com/store/ADMIN|Do not include /admin at the end",
                "https://user:pass@shop.example.com|user name or password",
                "https://evil.com@127.0.0.1|user name or password",
                "https://shop.example.com/#frag|fragment",
                "https://shop.example.com/?x=1|query",
                "http://shop.example.com|https://",
                "http://93.184.215.14|https://",
                "ftp://shop.example.com|https://",
                "file:///etc/passwd|https://",
                "gopher://127.0.0.1:25/|https://",
                "shop.example.com|absolute https://",
                "//shop.example.com|absolute https://",
                "https://shop.example.com\\@127.0.0.1|spaces or control",
                "https://shop.example.com /x|spaces or control",
                "https://|valid",
                "https://shop.example.com:0|port",
                "https://shop.example.com:70000|port",
            })
    void refusesMalformedUrls(String payload, String hint) {
        assertThatThrownBy(() -> strict.check(payload, Platform.MEDUSA).block())
                .isInstanceOfSatisfying(ConnectionFailed.class, e -> {
                    assertThat(e.reason()).isEqualTo("base_url_invalid");
                    assertThat(e.getMessage())
                            .contains(hint)
                            .doesNotContain("pass@")
                            .doesNotContain("x=1");
                });
    }

    @ParameterizedTest
    @CsvSource({
        "https://Shop.Example.COM/,https://shop.example.com",
        "https://shop.example.com:443/store/,https://shop.example.com/store",
        "https://shop.example.com:8443//,https://shop.example.com:8443",
        "https://shop.example.com./v2/,https://shop.example.com/v2",
        "https://shop.example.com/a/./b/,https://shop.example.com/a/b",
        "https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]:443/,https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]",
        "https://93.184.215.14/,https://93.184.215.14",
        "  https://v6shop.example.com  ,https://v6shop.example.com",
    })
    void normalizesPublicUrls(String raw, String expected) {
        assertThat(strict.check(raw, Platform.MEDUSA).block()).isEqualTo(URI.create(expected));
    }

    @Test
    void allowListAdmitsSelfHostedPrivateStoresButNeverMetadata() {
        BaseUrlPolicy byNetwork = policy(false, List.of("10.20.0.0/16", "169.254.0.0/16"));
        BaseUrlPolicy byName = policy(false, List.of("*.corp.example"));
        assertThat(byNetwork
                        .check("https://self-hosted.corp.example", Platform.OPENCART)
                        .block())
                .isEqualTo(URI.create("https://self-hosted.corp.example"));
        assertThat(byNetwork.check("https://10.20.1.2/shop", Platform.OPENCART).block())
                .isEqualTo(URI.create("https://10.20.1.2/shop"));
        assertThat(byName.check("https://self-hosted.corp.example", Platform.OPENCART)
                        .block())
                .isEqualTo(URI.create("https://self-hosted.corp.example"));
        assertThat(reason(byNetwork, "https://10.21.0.1")).isEqualTo("base_url_forbidden");
        assertThat(reason(byNetwork, "https://169.254.169.254")).isEqualTo("base_url_forbidden");
        assertThat(reason(byName, "https://internal.example.com")).isEqualTo("base_url_forbidden");
    }

    @Test
    void loopbackAllowanceAdmitsPlainHttpOnLoopbackOnly() {
        BaseUrlPolicy local = policy(true, List.of());
        assertThat(local.check("http://127.0.0.1:8080/", Platform.MEDUSA).block())
                .isEqualTo(URI.create("http://127.0.0.1:8080"));
        assertThat(local.check("http://localhost:9000", Platform.MEDUSA).block())
                .isEqualTo(URI.create("http://localhost:9000"));
        assertThat(local.check("http://[::1]:9000", Platform.MEDUSA).block())
                .isEqualTo(URI.create("http://[::1]:9000"));
        assertThat(reason(local, "http://shop.example.com")).isEqualTo("base_url_invalid");
        assertThat(reason(local, "http://10.0.0.1")).isEqualTo("base_url_forbidden");
        assertThat(reason(local, "https://2130706433")).isEqualTo("base_url_forbidden");
    }

    @Test
    void unknownHostIsUnreachable() {
        assertThat(reason(strict, "https://no-such-store.example.com")).isEqualTo("unreachable");
    }

    private static String reason(BaseUrlPolicy policy, String payload) {
        try {
            URI accepted = policy.check(payload, Platform.MEDUSA).block();
            return "accepted " + accepted;
        } catch (ConnectionFailed e) {
            return e.reason();
        }
    }
}
