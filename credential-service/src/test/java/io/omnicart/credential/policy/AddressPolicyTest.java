package io.omnicart.credential.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    private final AddressPolicy strict = AddressPolicy.of(false, List.of());

    @ParameterizedTest
    @CsvSource({
        "10.1.1.1,private",
        "172.20.0.1,private",
        "192.168.10.1,private",
        "127.0.0.1,loopback",
        "::1,loopback",
        "169.254.169.254,cloud metadata",
        "fd00:ec2::254,cloud metadata",
        "::ffff:169.254.169.254,cloud metadata",
        "100.64.0.1,carrier-grade NAT",
        "fc00::1,unique-local",
        "fe80::1,link-local",
        "ff02::1,multicast",
        "2002:a00:1::,private",
        "64:ff9b::c0a8:101,private",
    })
    void refuses(String address, String kind) {
        assertThat(strict.refusal("h", BaseUrlPolicyTest.address(address))).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"93.184.215.14", "8.8.8.8", "2606:4700::6810:85e5", "2002:5db8:d70e::1", "64:ff9b::808:808"})
    void admitsPublicAddresses(String address) {
        assertThat(strict.refusal("h", BaseUrlPolicyTest.address(address))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1", "127.5.6.7"})
    void loopbackAllowanceAdmitsLoopback(String address) {
        assertThat(AddressPolicy.of(true, List.of()).refusal("h", BaseUrlPolicyTest.address(address)))
                .isEmpty();
    }
}
