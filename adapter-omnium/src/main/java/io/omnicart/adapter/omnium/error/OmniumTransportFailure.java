package io.omnicart.adapter.omnium.error;

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

/** What went wrong on the wire when no usable HTTP answer arrived, judged from the exception's cause chain. */
enum OmniumTransportFailure {
    TIMEOUT,
    NOT_CONNECTED,
    CONNECTION_LOST,
    UNREADABLE,
    OTHER;

    static OmniumTransportFailure of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            OmniumTransportFailure kind = direct(cause);
            if (kind != OTHER) {
                return kind;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return OTHER;
    }

    private static OmniumTransportFailure direct(Throwable cause) {
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
