package io.omnicart.gateway.passthrough;

import org.springframework.http.HttpHeaders;

/** A store's answer to one raw request, read in full (bounded) so that the guard may still retry it. */
record RawResponse(int status, HttpHeaders headers, byte[] body) {

    @Override
    public String toString() {
        return "RawResponse[" + status + ", " + body.length + " body bytes]";
    }
}
