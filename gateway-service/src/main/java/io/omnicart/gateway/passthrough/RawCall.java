package io.omnicart.gateway.passthrough;

import io.omnicart.core.spi.RawAuthorization;
import io.omnicart.core.spi.RawRequest;
import io.omnicart.core.spi.StoreConnection;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * One raw request ready to leave: the account, the checked path, the caller's forwardable headers and the request as
 * the adapter authorizes it. {@link #target} and {@link #headers} add the platform's credentials.
 */
record RawCall(StoreConnection store, RawPath path, HttpHeaders callerHeaders, RawRequest request) {

    HttpMethod method() {
        return HttpMethod.valueOf(request.method());
    }

    URI target(RawAuthorization authorization) {
        return path.resolve(store.baseUrl(), authorization.queryParameters());
    }

    HttpHeaders headers(RawAuthorization authorization, String requestId) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(callerHeaders);
        headers.set("X-Request-Id", requestId);
        authorization.headers().forEach(headers::set);
        return headers;
    }

    @Override
    public String toString() {
        return "RawCall[" + store.platform().wire() + " " + request + "]";
    }
}
