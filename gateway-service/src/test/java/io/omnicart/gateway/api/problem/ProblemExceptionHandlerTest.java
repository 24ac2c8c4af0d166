package io.omnicart.gateway.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.netty.channel.AbortedException;

/** Unexpected errors are logged with their stack trace; a client that went away is not an error worth one. */
class ProblemExceptionHandlerTest {

    private final ProblemExceptionHandler handler = new ProblemExceptionHandler(null);
    private final MockServerWebExchange exchange =
            MockServerWebExchange.from(MockServerHttpRequest.get("/v1/accounts/acc-1/orders"));
    private final Logger logger = (Logger) LoggerFactory.getLogger(ProblemExceptionHandler.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Level previousLevel;

    @BeforeEach
    void captureLog() {
        previousLevel = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void release() {
        logger.detachAppender(logged);
        logger.setLevel(previousLevel);
    }

    @Test
    void aClientThatDisconnectedIsLoggedAtDebugWithoutAStackTrace() {
        for (Throwable gone : new Throwable[] {
            new AbortedException("Connection has been closed BEFORE send operation"),
            new IllegalStateException("write failed", new IOException("Connection reset by peer")),
            new IOException("Broken pipe")
        }) {
            ApiProblem problem = handler.toProblem(exchange, gone);
            assertThat(problem.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        }

        assertThat(logged.list).hasSize(3).allSatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(event.getThrowableProxy()).isNull();
            assertThat(event.getFormattedMessage()).contains("client disconnected");
        });
    }

    @Test
    void anythingElseUnexpectedIsAnErrorWithItsStackTrace() {
        ApiProblem problem = handler.toProblem(exchange, new IllegalStateException("bug"));

        assertThat(problem.code()).isEqualTo("internal_error");
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getThrowableProxy()).isNotNull();
        });
    }
}
