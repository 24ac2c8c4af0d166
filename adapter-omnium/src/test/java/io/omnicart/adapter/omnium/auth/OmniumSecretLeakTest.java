package io.omnicart.adapter.omnium.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.omnicart.adapter.omnium.OmniumAdapter;
import io.omnicart.adapter.omnium.OmniumSettings;
import io.omnicart.core.error.CommerceException;
import io.omnicart.core.error.ConnectionFailed;
import io.omnicart.core.error.CredentialsRejected;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.testkit.contract.Connections;
import io.omnicart.testkit.contract.ContractTokenCache;
import io.omnicart.testkit.simulator.Fault;
import io.omnicart.testkit.simulator.omnium.OmniumSimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * The client secret travels in the token call's query string (reference §1), so that URL must never surface: not in a
 * log line (the adapter's and Spring's WebClient loggers at TRACE), not in an exception message, cause chain,
 * suppressed checkpoint or {@code toString()}.
 */
class OmniumSecretLeakTest {

    private static final String SECRET = "s3cr3t-" + "x".repeat(24);
    /**
     * Captured at these levels: the adapter's and Spring's client loggers at TRACE, Reactor Netty at DEBUG except its
     * HTTP client, which logs request URLs at DEBUG and is pinned to INFO by the gateway's {@code application.yml}.
     */
    private static final Map<String, Level> LOGGERS = Map.of(
            "io.omnicart", Level.TRACE,
            "org.springframework.web.reactive.function.client", Level.TRACE,
            "reactor.core", Level.TRACE,
            "reactor.netty", Level.DEBUG,
            "reactor.netty.http.client", Level.INFO);

    private static OmniumSimulator simulator;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Map<String, Level> previous = new HashMap<>();
    private final OmniumAdapter adapter = new OmniumAdapter(
            WebClient.builder()
                    .clientConnector(
                            new ReactorClientHttpConnector(HttpClient.create().responseTimeout(Duration.ofSeconds(2))))
                    .build(),
            new ContractTokenCache(),
            OmniumSettings.defaults(),
            Clock.systemUTC());

    @BeforeAll
    static void start() {
        simulator = OmniumSimulator.start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void captureLogs() {
        simulator.reset();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        appender.setContext(context);
        appender.start();
        LOGGERS.forEach((name, level) -> {
            Logger logger = context.getLogger(name);
            previous.put(name, logger.getLevel());
            logger.setLevel(level);
            logger.addAppender(appender);
        });
    }

    @AfterEach
    void restoreLogs() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        LOGGERS.keySet().forEach(name -> {
            Logger logger = context.getLogger(name);
            logger.detachAppender(appender);
            logger.setLevel(previous.get(name));
        });
    }

    @Test
    void aRefusedLoginLeavesTheSecretNowhere() {
        StoreConnection wrong = connection(simulator.baseUrl(), SECRET);

        Throwable listed = catchThrowable(() ->
                adapter.listOrders(wrong, OrderQuery.all(PageRequest.first(5))).block(Duration.ofSeconds(10)));
        Throwable verified = catchThrowable(() -> adapter.verify(wrong).block(Duration.ofSeconds(10)));

        assertThat(listed).isInstanceOf(CredentialsRejected.class);
        assertThat(verified).isInstanceOf(ConnectionFailed.class);
        assertNoSecret(listed);
        assertNoSecret(verified);
        assertThat(simulator.requests())
                .anySatisfy(request -> assertThat(request.path()).isEqualToIgnoringCase("/api/Token"));
    }

    @Test
    void aLoginThatCannotConnectLeavesTheSecretNowhere() {
        StoreConnection closed = connection(Connections.closedPort(), SECRET);

        Throwable listed = catchThrowable(() ->
                adapter.listOrders(closed, OrderQuery.all(PageRequest.first(5))).block(Duration.ofSeconds(10)));
        Throwable verified = catchThrowable(() -> adapter.verify(closed).block(Duration.ofSeconds(10)));

        assertThat(listed).isInstanceOf(CommerceException.class);
        assertThat(verified).isInstanceOf(ConnectionFailed.class);
        assertNoSecret(listed);
        assertNoSecret(verified);
    }

    @Test
    void aLoginAnsweredWithGarbageOrAServerErrorLeavesTheSecretNowhere() {
        StoreConnection wrong = connection(simulator.baseUrl(), SECRET);
        for (Fault fault : List.of(Fault.malformedJson(), Fault.status(500), Fault.connectionReset())) {
            simulator.failNext(fault);
            Throwable failed = catchThrowable(() -> adapter.verify(wrong).block(Duration.ofSeconds(10)));
            assertThat(failed).isNotNull();
            assertNoSecret(failed);
        }
    }

    @Test
    void credentialsAndConnectionsPrintMasked() {
        StoreConnection store = connection(simulator.baseUrl(), SECRET);

        assertThat(store.toString()).doesNotContain(SECRET);
        assertThat(Mono.just(store).toString()).doesNotContain(SECRET);
    }

    private void assertNoSecret(Throwable error) {
        assertThat(describe(error)).doesNotContain(SECRET).doesNotContain("clientSecret");
        List<ILoggingEvent> events;
        synchronized (appender) {
            events = List.copyOf(appender.list);
        }
        assertThat(events).as("log events were captured").isNotEmpty();
        for (ILoggingEvent event : events) {
            assertThat(event.getFormattedMessage()).doesNotContain(SECRET);
            assertThat(describe(event.getThrowableProxy())).doesNotContain(SECRET);
        }
    }

    /** Message, cause chain, suppressed exceptions (Reactor's checkpoints) and stack trace, as a logger prints them. */
    private static String describe(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out + " " + error;
    }

    private static String describe(IThrowableProxy proxy) {
        if (proxy == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(proxy.getClassName() + ": " + proxy.getMessage());
        for (IThrowableProxy suppressed : proxy.getSuppressed()) {
            text.append(' ').append(describe(suppressed));
        }
        return text.append(' ').append(describe(proxy.getCause())).toString();
    }

    private static StoreConnection connection(URI baseUrl, String secret) {
        return new StoreConnection(
                "acc_leak",
                "ws_leak",
                Platform.OMNIUM,
                baseUrl,
                new Credentials.ClientCredentials(OmniumSimulator.CLIENT_ID, Secret.of(secret)));
    }
}
