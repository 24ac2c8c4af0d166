package io.omnicart.adapter.opencart;

import io.netty.channel.ChannelOption;
import io.omnicart.testkit.contract.ContractTokenCache;
import java.time.Clock;
import java.time.Duration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/** Adapters for tests: a WebClient with a response timeout and a token cache of their own. */
final class OpenCartTestAdapters {

    private OpenCartTestAdapters() {}

    static OpenCartAdapter create(Duration timeout) {
        HttpClient http =
                HttpClient.create().responseTimeout(timeout).option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 2_000);
        WebClient webClient = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(http))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .build();
        return new OpenCartAdapter(
                webClient, new ContractTokenCache(), OpenCartSettingsValues.defaults(), Clock.systemUTC());
    }
}
