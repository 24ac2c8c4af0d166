package io.omnicart.adapter.support.http;

import io.netty.handler.timeout.TimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLHandshakeException;
import org.springframework.core.codec.CodecException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import tools.jackson.core.JacksonException;

/**
 * What went wrong on the wire when no usable HTTP answer arrived, judged from the exception's cause chain. An adapter's
 * error translator switches over it to make the core error (transient or not, with the platform's wording).
 */
public enum TransportFailure {
    /** No answer within the response timeout. */
    TIMEOUT,
    /** The connection was never established (refused, unknown host, no route, TLS handshake): nothing was sent. */
    NOT_CONNECTED,
    /** The connection broke after the request may have been sent (reset, closed before the response). */
    CONNECTION_LOST,
    /** An answer arrived but its body could not be read as the route's JSON (or was too large). */
    UNREADABLE,
    /** Anything else, e.g. a value the normalized model cannot hold. */
    OTHER;

    /** The first telling cause in {@code error}'s chain, or {@link #OTHER}. */
    public static TransportFailure of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            TransportFailure kind = direct(cause);
            if (kind != OTHER) {
                return kind;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return OTHER;
    }

    private static TransportFailure direct(Throwable cause) {
        if (cause instanceof TimeoutException
                || cause instanceof java.util.concurrent.TimeoutException
                || cause instanceof SocketTimeoutException) {
            return TIMEOUT;
        }
        if (cause instanceof ConnectException
                || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException
                || cause instanceof UnresolvedAddressException
                || cause instanceof SSLHandshakeException) {
            return NOT_CONNECTED;
        }
        if (cause instanceof JacksonException
                || cause instanceof CodecException
                || cause instanceof DataBufferLimitException) {
            return UNREADABLE;
        }
        return cause instanceof IOException ? CONNECTION_LOST : OTHER;
    }
}
