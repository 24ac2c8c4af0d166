package io.omnicart.bench.tools;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * An open-model (fixed-rate) load generator that does not suffer from coordinated omission: request {@code i} is due
 * at {@code start + i / rate} and its latency is measured from that due time, not from when it was actually sent, so a
 * stall of the system under test (or of this generator) shows up in the percentiles instead of silently thinning the
 * load. Requests go out asynchronously on the JDK {@link HttpClient} (HTTP/1.1, pooled keep-alive connections, as many
 * as are in flight). Latencies land in an HdrHistogram (1 µs .. 60 s, 3 significant digits).
 *
 * <p>Usage: {@code LoadGen --url U [--header 'Name: value']... --rate R --duration S [--warmup S] [--keys N]}. With
 * {@code --keys N > 0} every URL gets {@code _b=<i mod N>} appended, so a response cache keyed by the query sees N
 * distinct keys. Prints one line {@code RATE key=value ...} (latencies in microseconds); non-2xx answers and transport
 * failures count as errors (their latency is still recorded).
 */
public final class LoadGen {

    private static final long MAX_LATENCY_NANOS = TimeUnit.SECONDS.toNanos(60);

    private LoadGen() {}

    public static void main(String[] args) throws InterruptedException {
        String url = null;
        List<String> headers = new ArrayList<>();
        double rate = 100;
        double duration = 10;
        double warmup = 2;
        int keys = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--header" -> headers.add(args[++i]);
                case "--rate" -> rate = Double.parseDouble(args[++i]);
                case "--duration" -> duration = Double.parseDouble(args[++i]);
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--keys" -> keys = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("--url is required");
        }
        System.out.println(run(url, headers, rate, duration, warmup, keys));
    }

    static String run(String url, List<String> headers, double rate, double duration, double warmup, int keys)
            throws InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        List<HttpRequest> requests = requests(url, headers, keys);
        long interval = (long) (1_000_000_000L / rate);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        long measureFrom = start + (long) (warmup * 1e9);
        long end = measureFrom + (long) (duration * 1e9);
        long total = (end - start) / interval;

        Recorder recorder = new Recorder(TimeUnit.MICROSECONDS.toNanos(1), MAX_LATENCY_NANOS, 3);
        AtomicLong errors = new AtomicLong();
        AtomicLong measured = new AtomicLong();
        AtomicLong behindMax = new AtomicLong();
        CountDownLatch done = new CountDownLatch((int) total);
        recorder.getIntervalHistogram(); // start the measured interval empty

        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            long now;
            while ((now = System.nanoTime()) < due) {
                LockSupport.parkNanos(due - now);
            }
            behindMax.accumulateAndGet(now - due, Math::max);
            boolean measuring = due >= measureFrom;
            HttpRequest request = requests.get((int) (i % requests.size()));
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                if (measuring) {
                    long latency = Math.min(System.nanoTime() - due, MAX_LATENCY_NANOS);
                    recorder.recordValue(latency);
                    measured.incrementAndGet();
                    if (failure != null || response.statusCode() / 100 != 2) {
                        errors.incrementAndGet();
                    }
                }
                done.countDown();
            });
        }
        boolean drained = done.await(60, TimeUnit.SECONDS);
        Histogram histogram = recorder.getIntervalHistogram();
        client.shutdownNow();
        return String.format(
                Locale.ROOT,
                "RATE target_rps=%.1f rps=%.1f requests=%d errors=%d p50_us=%d p90_us=%d p99_us=%d p999_us=%d"
                        + " max_us=%d mean_us=%.0f sender_behind_max_us=%d drained=%s",
                rate,
                measured.get() / duration,
                measured.get(),
                errors.get() + (drained ? 0 : done.getCount()),
                micros(histogram.getValueAtPercentile(50)),
                micros(histogram.getValueAtPercentile(90)),
                micros(histogram.getValueAtPercentile(99)),
                micros(histogram.getValueAtPercentile(99.9)),
                micros(histogram.getMaxValue()),
                histogram.getMean() / 1000.0,
                behindMax.get() / 1000,
                drained);
    }

    private static List<HttpRequest> requests(String url, List<String> headers, int keys) {
        List<HttpRequest> requests = new ArrayList<>();
        for (int k = 0; k < Math.max(1, keys); k++) {
            String target = keys > 0 ? url + (url.contains("?") ? "&" : "?") + "_b=" + k : url;
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(target))
                    .timeout(Duration.ofSeconds(30))
                    .GET();
            for (String header : headers) {
                int colon = header.indexOf(':');
                builder.header(
                        header.substring(0, colon).strip(),
                        header.substring(colon + 1).strip());
            }
            requests.add(builder.build());
        }
        return requests;
    }

    private static long micros(long nanos) {
        return TimeUnit.NANOSECONDS.toMicros(nanos);
    }
}
