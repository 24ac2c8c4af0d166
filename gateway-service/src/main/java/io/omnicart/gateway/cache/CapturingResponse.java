package io.omnicart.gateway.cache;

import java.util.function.BiFunction;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.core.publisher.Mono;

/**
 * The response of a cache miss: a 200 JSON body (up to {@code maxBytes}) is handed to {@code onBody} before it is
 * written; anything else passes through untouched and is never cached.
 */
class CapturingResponse extends ServerHttpResponseDecorator {

    static final String X_CACHE = "X-Cache";

    private final int maxBytes;
    private final BiFunction<byte[], MediaType, Mono<Void>> onBody;

    CapturingResponse(ServerHttpResponse delegate, int maxBytes, BiFunction<byte[], MediaType, Mono<Void>> onBody) {
        super(delegate);
        this.maxBytes = maxBytes;
        this.onBody = onBody;
    }

    @Override
    public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
        if (!cacheable()) {
            return super.writeWith(body);
        }
        getHeaders().set(X_CACHE, "miss");
        return DataBufferUtils.join(body).flatMap(joined -> {
            byte[] bytes = new byte[joined.readableByteCount()];
            joined.read(bytes);
            DataBufferUtils.release(joined);
            Mono<Void> capture =
                    bytes.length <= maxBytes ? onBody.apply(bytes, getHeaders().getContentType()) : Mono.empty();
            return capture.then(
                    super.writeWith(Mono.fromSupplier(() -> bufferFactory().wrap(bytes))));
        });
    }

    private boolean cacheable() {
        HttpStatusCode status = getStatusCode();
        MediaType type = getHeaders().getContentType();
        return (status == null || status.value() == 200)
                && type != null
                && MediaType.APPLICATION_JSON.isCompatibleWith(type);
    }
}
