package io.omnicart.adapter.support.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBufferLimitException;

class TransportFailureTest {

    @Test
    void theFirstTellingCauseDecides() {
        assertThat(TransportFailure.of(new RuntimeException(new TimeoutException())))
                .isEqualTo(TransportFailure.TIMEOUT);
        assertThat(TransportFailure.of(new RuntimeException(new ConnectException("refused"))))
                .isEqualTo(TransportFailure.NOT_CONNECTED);
        assertThat(TransportFailure.of(new IOException("reset"))).isEqualTo(TransportFailure.CONNECTION_LOST);
        assertThat(TransportFailure.of(new DataBufferLimitException("too large")))
                .isEqualTo(TransportFailure.UNREADABLE);
        assertThat(TransportFailure.of(new IllegalStateException("odd value"))).isEqualTo(TransportFailure.OTHER);
    }
}
