package io.omnicart.adapter.opencart.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.adapter.opencart.OpenCartSamples;
import org.junit.jupiter.api.Test;

/** PHP warnings before the JSON (4.0.2.3 on PHP 8.2 with the default {@code config_error_display=1}). */
class OpenCartJsonTest {

    @Test
    void readsTheJsonAfterPhpWarnings() {
        String body = OpenCartSamples.read("oc40-json-after-php-warning.txt");

        assertThat(OpenCartJson.parse(body))
                .hasValueSatisfying(
                        json -> assertThat(json.get("success").asString()).startsWith("Success"));
        assertThat(OpenCartJson.noticePrefix(body))
                .hasValueSatisfying(prefix -> assertThat(prefix).contains("payment_address_id"));
    }

    @Test
    void htmlAndBrokenJsonAreNotJson() {
        assertThat(OpenCartJson.parse("<!DOCTYPE html><html><script>var a = {x: 1};</script></html>"))
                .isEmpty();
        assertThat(OpenCartJson.parse("{\"data\": [1, 2")).isEmpty();
        assertThat(OpenCartJson.parse("")).isEmpty();
        assertThat(OpenCartJson.parse("[]"))
                .hasValueSatisfying(json -> assertThat(json.isArray()).isTrue());
    }
}
