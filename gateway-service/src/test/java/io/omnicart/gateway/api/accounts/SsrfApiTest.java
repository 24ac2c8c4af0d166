package io.omnicart.gateway.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** Connecting to a private, metadata or otherwise special address is 422 base_url_forbidden and stores nothing. */
class SsrfApiTest extends AccountsApiSupport {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://169.254.169.254",
                "https://169.254.169.254/latest/meta-data",
                "https://metadata.google.internal",
                "https://[fd00:ec2::254]",
                "https://10.0.0.1",
                "https://172.16.5.4",
                "https://192.168.1.1",
                "https://100.64.0.1",
                "https://0.0.0.0",
                "https://224.0.0.1",
                "https://240.0.0.1",
                "https://198.18.0.1",
                "https://[fc00::1]",
                "https://[fe80::1]",
                "https://[::ffff:10.0.0.1]",
                "https://[::ffff:a9fe:a9fe]",
                "https://[64:ff9b::a00:1]",
                "https://[2002:a00:1::1]",
                "https://2852039166",
                "https://0xa9fea9fe",
                "https://0251.0376.0251.0376",
                "https://0x7f.1",
                "https://127.1",
                "https://10.1",
                "https://①⓪.0.0.1",
            })
    void forbiddenAddressesAreRefused(String baseUrl) {
        JsonNode problem = problem(
                post(client, "/v1/accounts", connectBody(baseUrl, KEY, null)),
                HttpStatus.UNPROCESSABLE_CONTENT,
                "connection_failed");
        assertThat(problem.path("reason").asString()).as(baseUrl).isEqualTo("base_url_forbidden");
        assertThat(body(client.get().uri("/v1/accounts").exchange(), HttpStatus.OK)
                        .path("data")
                        .size())
                .isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://user:hunter2@shop.example.com",
                "https://shop.example.com/?token=abc",
                "https://shop.example.com/#x",
                "http://shop.example.com",
                "ftp://shop.example.com",
                "not a url",
            })
    void malformedAddressesAreInvalid(String baseUrl) {
        JsonNode problem = problem(
                post(client, "/v1/accounts", connectBody(baseUrl, KEY, null)),
                HttpStatus.UNPROCESSABLE_CONTENT,
                "connection_failed");
        assertThat(problem.path("reason").asString()).as(baseUrl).isEqualTo("base_url_invalid");
        assertThat(problem.path("detail").asString()).doesNotContain("hunter2").doesNotContain("token=");
    }
}
