package io.omnicart.bench.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarizes a JFR recording of the gateway under load (what {@code jfr print --events jdk.ExecutionSample} shows,
 * aggregated): where CPU samples land (top frames, packages, and the gateway's own methods on the stack), which
 * gateway code leads into the hottest library code, what allocates (allocation samples by class and by gateway
 * frame), blocking on event-loop threads (parks, monitor waits, socket and file I/O), and GC pauses.
 *
 * <p>Usage: {@code JfrSummary <recording.jfr> <summary.md> [top]}.
 */
public final class JfrSummary {

    private static final String OURS = "io.omnicart.";

    /** Package prefixes grouped into the components a reader thinks in; first match wins. */
    private static final String[][] COMPONENTS = {
        {"io.omnicart.adapter.medusa.client", "omnicart: Medusa client (HTTP, reply reading)"},
        {"io.omnicart.adapter.medusa.mapping", "omnicart: Medusa mappers"},
        {"io.omnicart.adapter", "omnicart: adapters (other)"},
        {"io.omnicart.credential", "omnicart: credential-service (accounts, Tink)"},
        {"io.omnicart.gateway.cache", "omnicart: response cache"},
        {"io.omnicart.gateway.guard", "omnicart: guard (retry, breaker, bulkhead, metrics)"},
        {"io.omnicart.gateway.security", "omnicart: caller security"},
        {"io.omnicart.gateway.api", "omnicart: API controllers, paging, problems"},
        {"io.omnicart.gateway", "omnicart: gateway (other)"},
        {"io.omnicart.core", "omnicart: core model"},
        {"org.springframework.security", "Spring Security"},
        {"com.nimbusds", "Nimbus JOSE (JWT)"},
        {"org.springframework.cloud.gateway", "Spring Cloud Gateway"},
        {"io.micrometer", "Micrometer"},
        {"tools.jackson", "Jackson"},
        {"com.google.crypto.tink", "Tink"},
        {"io.r2dbc", "R2DBC PostgreSQL/pool"},
        {"io.lettuce", "Lettuce (Redis)"},
        {"io.github.resilience4j", "Resilience4j"},
        {"ch.qos.logback", "logging"},
        {"org.slf4j", "logging"},
        {"org.springframework.web.reactive", "Spring WebFlux"},
        {"org.springframework.http", "Spring WebFlux"},
        {"org.springframework.web", "Spring WebFlux"},
        {"reactor.netty", "Reactor Netty"},
        {"io.netty", "Netty"},
        {"reactor.core", "Reactor core"},
    };

    private final Map<String, Long> selfFrames = new HashMap<>();
    private final Map<String, Long> selfPackages = new HashMap<>();
    private final Map<String, Long> oursInclusive = new HashMap<>();
    private final Map<String, Long> oursEntry = new HashMap<>();
    private final Map<String, Long> components = new HashMap<>();
    private final Map<String, Long> threads = new HashMap<>();
    private final Map<String, Long> allocByClass = new HashMap<>();
    private final Map<String, Long> allocByOurs = new HashMap<>();
    private final Map<String, Long> allocByFrame = new HashMap<>();
    private final Map<String, Long> blockingCount = new HashMap<>();
    private final Map<String, Long> blockingNanos = new HashMap<>();
    private final Map<String, double[]> threadCpu = new HashMap<>();
    private final Map<String, Long> exceptions = new HashMap<>();
    private final double[] jvmCpu = new double[3];
    private long samples;
    private long allocated;
    private long gcCount;
    private Duration gcPause = Duration.ZERO;
    private Duration longestPause = Duration.ZERO;

    private JfrSummary() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: JfrSummary <recording.jfr> <summary.md> [top]");
            System.exit(2);
        }
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        JfrSummary summary = new JfrSummary();
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            summary.accept(event);
        }
        String text = summary.render(top);
        Files.writeString(Path.of(args[1]), text);
        System.out.print(text);
    }

    private void accept(RecordedEvent event) {
        String type = event.getEventType().getName();
        switch (type) {
            case "jdk.ExecutionSample" -> execution(event);
            case "jdk.ObjectAllocationSample" -> allocation(event);
            case "jdk.ThreadPark",
                    "jdk.JavaMonitorEnter",
                    "jdk.JavaMonitorWait",
                    "jdk.SocketRead",
                    "jdk.SocketWrite",
                    "jdk.FileRead",
                    "jdk.FileWrite" -> blocking(type, event);
            case "jdk.ThreadCPULoad" -> {
                String thread =
                        event.getThread() == null ? "?" : event.getThread().getJavaName();
                double[] sum = threadCpu.computeIfAbsent(thread, t -> new double[2]);
                sum[0] += event.getFloat("user") + event.getFloat("system");
                sum[1]++;
            }
            case "jdk.CPULoad" -> {
                jvmCpu[0] += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
                jvmCpu[1] += event.getFloat("machineTotal");
                jvmCpu[2]++;
            }
            case "jdk.JavaExceptionThrow", "jdk.JavaErrorThrow" -> {
                String thrown = event.getClass("thrownClass") == null
                        ? "?"
                        : event.getClass("thrownClass").getName();
                add(exceptions, thrown + " at " + ourFrameOrTop(event), 1);
            }
            case "jdk.GarbageCollection" -> {
                gcCount++;
                Duration pause = event.getDuration("sumOfPauses");
                gcPause = gcPause.plus(pause);
                if (pause.compareTo(longestPause) > 0) {
                    longestPause = pause;
                }
            }
            default -> {}
        }
    }

    private void execution(RecordedEvent event) {
        RecordedStackTrace stack = event.getStackTrace();
        if (stack == null || stack.getFrames().isEmpty()) {
            return;
        }
        samples++;
        List<RecordedFrame> frames = stack.getFrames();
        String self = name(frames.getFirst());
        add(selfFrames, self, 1);
        add(selfPackages, pkg(frames.getFirst()), 1);
        if (event.getThread("sampledThread") != null) {
            add(threads, threadGroup(event.getThread("sampledThread").getJavaName()), 1);
        }
        Set<String> parts = new HashSet<>();
        for (RecordedFrame frame : frames) {
            String component = component(name(frame));
            if (component != null) {
                parts.add(component);
            }
        }
        parts.forEach(part -> add(components, part, 1));
        Set<String> seen = new HashSet<>();
        String entry = null;
        for (RecordedFrame frame : frames) {
            String name = name(frame);
            if (name.startsWith(OURS)) {
                if (seen.add(name)) {
                    add(oursInclusive, name, 1);
                }
                if (entry == null) {
                    entry = name;
                }
            }
        }
        if (entry != null && !self.startsWith(OURS)) {
            add(oursEntry, entry + "  →  " + self, 1);
        }
    }

    private void allocation(RecordedEvent event) {
        long weight = event.getLong("weight");
        allocated += weight;
        add(allocByClass, event.getClass("objectClass").getName(), weight);
        RecordedStackTrace stack = event.getStackTrace();
        if (stack == null) {
            return;
        }
        List<RecordedFrame> frames = stack.getFrames();
        if (!frames.isEmpty()) {
            add(allocByFrame, name(frames.getFirst()), weight);
        }
        frames.stream()
                .map(JfrSummary::name)
                .filter(name -> name.startsWith(OURS))
                .findFirst()
                .ifPresent(name -> add(allocByOurs, name, weight));
    }

    private static String ourFrameOrTop(RecordedEvent event) {
        RecordedStackTrace stack = event.getStackTrace();
        if (stack == null || stack.getFrames().isEmpty()) {
            return "?";
        }
        return stack.getFrames().stream()
                .map(JfrSummary::name)
                .filter(name -> name.startsWith(OURS))
                .findFirst()
                .orElse(name(stack.getFrames().getLast()));
    }

    private void blocking(String type, RecordedEvent event) {
        String thread = event.getThread() == null ? "?" : event.getThread().getJavaName();
        String group = threadGroup(thread);
        String where = "?";
        RecordedStackTrace stack = event.getStackTrace();
        if (stack != null) {
            where = stack.getFrames().stream()
                    .map(JfrSummary::name)
                    .filter(name -> name.startsWith(OURS))
                    .findFirst()
                    .orElse(
                            stack.getFrames().isEmpty()
                                    ? "?"
                                    : name(stack.getFrames().getFirst()));
        }
        String key = type.substring(4) + " on " + group + " at " + where;
        add(blockingCount, key, 1);
        add(blockingNanos, key, event.getDuration().toNanos());
    }

    private String render(int top) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(
                Locale.ROOT,
                "# JFR summary\n\n%d CPU samples; %.1f MiB allocation sampled (weighted); %d GCs, %.1f ms paused in"
                        + " all, longest %.1f ms.\n\n",
                samples,
                allocated / 1048576.0,
                gcCount,
                gcPause.toNanos() / 1e6,
                longestPause.toNanos() / 1e6));
        if (jvmCpu[2] > 0) {
            md.append(String.format(
                    Locale.ROOT,
                    "JVM CPU (jdk.CPULoad, share of the whole machine): %.1f %% on average; machine total %.1f %%.\n\n",
                    100 * jvmCpu[0] / jvmCpu[2],
                    100 * jvmCpu[1] / jvmCpu[2]));
        }
        md.append("## CPU by thread group (jdk.ThreadCPULoad, share of the machine, summed over the group)\n\n")
                .append("| thread group | CPU |\n|---|---:|\n");
        Map<String, Double> byGroup = new HashMap<>();
        threadCpu.forEach((thread, sum) -> byGroup.merge(threadGroup(thread), sum[0] / sum[1], Double::sum));
        byGroup.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(top)
                .forEach(e ->
                        md.append(String.format(Locale.ROOT, "| `%s` | %.1f %% |\n", e.getKey(), 100 * e.getValue())));
        md.append('\n');
        table(md, "CPU samples by thread group", threads, samples, top, "samples");
        table(
                md,
                "Components on the stack (inclusive CPU; a sample counts for every component in it)",
                components,
                samples,
                top,
                "samples");
        table(md, "Top frames (self CPU)", selfFrames, samples, top, "samples");
        table(md, "Top packages (self CPU)", selfPackages, samples, top, "samples");
        table(md, "Gateway code on the stack (inclusive CPU)", oursInclusive, samples, top, "samples");
        table(
                md,
                "Gateway code leading into hot library code (innermost io.omnicart frame → top frame)",
                oursEntry,
                samples,
                top,
                "samples");
        table(md, "Allocation by class (sampled weight)", allocByClass, allocated, top, "bytes");
        table(md, "Allocation by innermost gateway frame", allocByOurs, allocated, top, "bytes");
        table(md, "Allocation by top frame", allocByFrame, allocated, top, "bytes");
        table(
                md,
                "Exceptions thrown (class at innermost gateway frame)",
                exceptions,
                exceptions.values().stream().mapToLong(Long::longValue).sum(),
                top,
                "count");
        md.append("## Blocking and waiting (events over the JFR thresholds)\n\n| event, thread group, where | count |")
                .append(" total ms |\n|---|---:|---:|\n");
        blockingNanos.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> md.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %.1f |\n",
                        e.getKey().replace("|", "\\|"),
                        blockingCount.get(e.getKey()),
                        e.getValue() / 1e6)));
        md.append('\n');
        return md.toString();
    }

    private static void table(
            StringBuilder md, String title, Map<String, Long> counts, long total, int top, String unit) {
        md.append("## ").append(title).append("\n\n| | ").append(unit).append(" | share |\n|---|---:|---:|\n");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> md.append(String.format(
                        Locale.ROOT,
                        "| `%s` | %d | %.1f %% |\n",
                        e.getKey().replace("|", "\\|"),
                        e.getValue(),
                        total == 0 ? 0 : 100.0 * e.getValue() / total)));
        md.append('\n');
    }

    private static String component(String frame) {
        for (String[] component : COMPONENTS) {
            if (frame.startsWith(component[0])) {
                return component[1];
            }
        }
        return null;
    }

    private static String name(RecordedFrame frame) {
        RecordedMethod method = frame.getMethod();
        if (method == null) {
            return "?";
        }
        return method.getType().getName() + "." + method.getName();
    }

    private static String pkg(RecordedFrame frame) {
        RecordedMethod method = frame.getMethod();
        if (method == null) {
            return "?";
        }
        String type = method.getType().getName();
        int dot = type.lastIndexOf('.');
        return dot < 0 ? "(default)" : type.substring(0, dot);
    }

    /** Thread names without their numbers: {@code reactor-http-epoll-2} → {@code reactor-http-epoll-N}. */
    private static String threadGroup(String name) {
        return name == null ? "?" : name.replaceAll("\\d+", "N");
    }

    private static void add(Map<String, Long> map, String key, long amount) {
        map.merge(key, amount, Long::sum);
    }
}
