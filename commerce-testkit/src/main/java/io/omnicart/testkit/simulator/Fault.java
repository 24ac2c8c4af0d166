package io.omnicart.testkit.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A misbehaviour a simulator can answer a request with. Bodies left null are filled with what the platform (or a
 * typical proxy in front of it) really sends for that status.
 */
public sealed interface Fault {

    /** Any status with an optional body and headers, e.g. a 500 from the platform or a 502/503 from its proxy. */
    record Status(
            int status, @Nullable String body, @Nullable String contentType, Map<String, String> headers)
            implements Fault {
        public Status {
            headers = Map.copyOf(headers);
        }
    }

    /** 429 with {@code Retry-After} in delay-seconds. */
    record RateLimited(Duration retryAfter) implements Fault {
        public RateLimited {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    /** 429 with {@code Retry-After} as an HTTP-date (RFC 9110 IMF-fixdate). */
    record RateLimitedUntil(Instant retryAt) implements Fault {
        public RateLimitedUntil {
            Objects.requireNonNull(retryAt, "retryAt");
        }
    }

    /** The platform's 401 for an expired or revoked token, whatever credentials the request carried. */
    record TokenExpired() implements Fault {}

    /** The normal answer, but only after {@code delay}. */
    record Slow(Duration delay) implements Fault {
        public Slow {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /** The normal status and headers with a truncated, unparseable JSON body. */
    record MalformedJson() implements Fault {}

    /** The normal answer with extra, undocumented fields added to every JSON object in it. */
    record UnknownFields() implements Fault {}

    /** The TCP connection is reset (RST) before any response byte is sent. */
    record ConnectionReset() implements Fault {}

    /** The connection is closed cleanly (FIN) before any response byte is sent. */
    record ConnectionClose() implements Fault {}

    static Fault status(int status) {
        return new Status(status, null, null, Map.of());
    }

    static Fault status(int status, String body, String contentType) {
        return new Status(status, body, contentType, Map.of());
    }

    static Fault serverError() {
        return status(500);
    }

    static Fault badGateway() {
        return status(502);
    }

    static Fault serviceUnavailable() {
        return status(503);
    }

    static Fault rateLimited(Duration retryAfter) {
        return new RateLimited(retryAfter);
    }

    static Fault rateLimitedUntil(Instant retryAt) {
        return new RateLimitedUntil(retryAt);
    }

    static Fault tokenExpired() {
        return new TokenExpired();
    }

    static Fault slow(Duration delay) {
        return new Slow(delay);
    }

    static Fault malformedJson() {
        return new MalformedJson();
    }

    static Fault unknownFields() {
        return new UnknownFields();
    }

    static Fault connectionReset() {
        return new ConnectionReset();
    }

    static Fault connectionClose() {
        return new ConnectionClose();
    }
}
