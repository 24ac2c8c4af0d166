package io.omnicart.adapter.opencart.client;

import io.omnicart.adapter.opencart.auth.OpenCartApiSigner;
import io.omnicart.adapter.opencart.error.OpenCartErrorTranslator;
import java.time.Clock;
import org.springframework.web.reactive.function.client.WebClient;

/** Both APIs of a store over one WebClient: OpenCart's native API and the OmniCart bridge. */
public record OpenCartClients(OpenCartNativeClient nativeApi, OpenCartBridgeClient bridge) {

    public static OpenCartClients create(WebClient webClient, OpenCartErrorTranslator errors, Clock clock) {
        OpenCartHttp http = new OpenCartHttp(webClient, errors);
        OpenCartBridgeReplies replies = new OpenCartBridgeReplies(OpenCartJson.mapper(), errors);
        return new OpenCartClients(
                new OpenCartNativeClient(http, errors, new OpenCartApiSigner(clock)),
                new OpenCartBridgeClient(http, replies, OpenCartJson.mapper(), clock));
    }
}
