package io.omnicart.bench.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Turns bench/run's raw rows into {@code results.csv} (one line per mode, scenario, load kind and level: medians over
 * the repeated runs, the gateway-to-direct ratio and the latency the gateway adds) and {@code results.md} (machine,
 * verdicts against the targets, tables, JMH). Medians, because the machines are shared and noisy; the added
 * latency is the median gateway percentile minus the median direct percentile of the same scenario at the same rate
 * or concurrency.
 *
 * <p>Usage: {@code Report <raw.csv> <machine.txt> <jmh.csv|-> <out dir>}.
 */
public final class Report {

    static final double TARGET_ADDED_P50_MS = 1.0;
    static final double TARGET_ADDED_P99_MS = 5.0;
    static final double TARGET_ORDER_LIST_RPS = 3000;

    /** One raw row of bench/run. */
    record Row(
            String mode,
            String scenario,
            String target,
            String kind,
            String level,
            double rps,
            long requests,
            long errors,
            double p50,
            double p90,
            double p99,
            double p999,
            double max,
            Double cpuSeconds,
            Double rssKb,
            String note) {

        static Row parse(String line) {
            String[] f = line.split(",", -1);
            return new Row(
                    f[0],
                    f[1],
                    f[2],
                    f[3],
                    f[4],
                    num(f[6]),
                    (long) num(f[7]),
                    (long) num(f[8]),
                    num(f[9]) / 1000,
                    num(f[10]) / 1000,
                    num(f[11]) / 1000,
                    num(f[12]) / 1000,
                    num(f[13]) / 1000,
                    f[14].isBlank() ? null : num(f[14]),
                    f[15].isBlank() ? null : num(f[15]),
                    f.length > 16 ? f[16] : "");
        }
    }

    /** Medians over the runs of one (mode, scenario, target, kind, level). */
    record Stats(
            int runs,
            double rps,
            double p50,
            double p90,
            double p99,
            double p999,
            long errors,
            Double cpuPer1k,
            Double rssMb) {

        static Stats of(List<Row> rows) {
            List<Double> cpu = rows.stream()
                    .filter(r -> r.cpuSeconds() != null && r.requests() > 0)
                    .map(r -> r.cpuSeconds() / r.requests() * 1000)
                    .toList();
            List<Double> rss = rows.stream()
                    .filter(r -> r.rssKb() != null)
                    .map(r -> r.rssKb() / 1024)
                    .toList();
            return new Stats(
                    rows.size(),
                    median(rows, Row::rps),
                    median(rows, Row::p50),
                    median(rows, Row::p90),
                    median(rows, Row::p99),
                    median(rows, Row::p999),
                    rows.stream().mapToLong(Row::errors).sum(),
                    cpu.isEmpty() ? null : median(cpu, Double::doubleValue),
                    rss.isEmpty() ? null : median(rss, Double::doubleValue));
        }
    }

    record Key(String mode, String scenario, String kind, String level) {}

    record Line(Key key, Stats gateway, Stats direct) {

        double added(ToDoubleFunction<Stats> percentile) {
            return direct == null ? Double.NaN : percentile.applyAsDouble(gateway) - percentile.applyAsDouble(direct);
        }
    }

    private Report() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: Report <raw.csv> <machine.txt> <jmh.csv|-> <out dir>");
            System.exit(2);
        }
        List<Row> rows = Files.readAllLines(Path.of(args[0])).stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(Row::parse)
                .toList();
        String machine = Files.readString(Path.of(args[1]));
        Optional<Path> jmh = "-".equals(args[2]) || !Files.exists(Path.of(args[2]))
                ? Optional.empty()
                : Optional.of(Path.of(args[2]));
        Path out = Path.of(args[3]);
        List<Line> lines = lines(rows);
        Files.writeString(out.resolve("results.csv"), csv(lines));
        Files.writeString(out.resolve("results.md"), markdown(out, machine, rows, lines, jmh));
    }

    static List<Line> lines(List<Row> rows) {
        Map<Key, List<Row>> gateway = new LinkedHashMap<>();
        Map<Key, List<Row>> direct = new LinkedHashMap<>();
        for (Row row : rows) {
            if (!row.kind().equals("wrk") && !row.kind().equals("rate")) {
                continue;
            }
            if (row.target().equals("gateway")) {
                gateway.computeIfAbsent(
                                new Key(row.mode(), row.scenario(), row.kind(), row.level()), k -> new ArrayList<>())
                        .add(row);
            } else {
                direct.computeIfAbsent(new Key("stub", row.scenario(), row.kind(), row.level()), k -> new ArrayList<>())
                        .add(row);
            }
        }
        List<Line> lines = new ArrayList<>();
        gateway.forEach((key, list) -> {
            List<Row> base = direct.get(new Key("stub", key.scenario(), key.kind(), key.level()));
            lines.add(new Line(key, Stats.of(list), base == null ? null : Stats.of(base)));
        });
        return lines;
    }

    private static String csv(List<Line> lines) {
        StringBuilder csv = new StringBuilder(
                "mode,scenario,kind,level,runs,direct_rps,gateway_rps,gateway_vs_direct_rps,direct_p50_ms,direct_p90_ms,"
                        + "direct_p99_ms,direct_p999_ms,gateway_p50_ms,gateway_p90_ms,gateway_p99_ms,gateway_p999_ms,"
                        + "added_p50_ms,added_p90_ms,added_p99_ms,added_p999_ms,gateway_cpu_s_per_1k,gateway_rss_mb,"
                        + "gateway_errors\n");
        for (Line line : lines) {
            Stats g = line.gateway();
            Stats d = line.direct();
            csv.append(String.join(
                            ",",
                            line.key().mode(),
                            line.key().scenario(),
                            line.key().kind(),
                            line.key().level(),
                            String.valueOf(g.runs()),
                            d == null ? "" : f1(d.rps()),
                            f1(g.rps()),
                            d == null ? "" : f3(g.rps() / d.rps()),
                            d == null ? "" : f3(d.p50()),
                            d == null ? "" : f3(d.p90()),
                            d == null ? "" : f3(d.p99()),
                            d == null ? "" : f3(d.p999()),
                            f3(g.p50()),
                            f3(g.p90()),
                            f3(g.p99()),
                            f3(g.p999()),
                            f3(line.added(Stats::p50)),
                            f3(line.added(Stats::p90)),
                            f3(line.added(Stats::p99)),
                            f3(line.added(Stats::p999)),
                            g.cpuPer1k() == null ? "" : f3(g.cpuPer1k()),
                            g.rssMb() == null ? "" : f1(g.rssMb()),
                            String.valueOf(g.errors())))
                    .append('\n');
        }
        return csv.toString();
    }

    private static String markdown(Path out, String machine, List<Row> rows, List<Line> lines, Optional<Path> jmh)
            throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# OmniCart Gateway bench: ").append(out.getFileName()).append("\n\n");
        md.append("## Machine and settings\n\n```\n").append(machine.strip()).append("\n```\n\n");
        md.append(
                        "Medians over the runs. *Direct* is the same upstream call made straight to the nginx stub; *added* is")
                .append(
                        " gateway minus direct at the same fixed rate or concurrency. Latencies in ms; CPU is the gateway")
                .append(" process's user+system seconds per 1,000 requests; RSS at the end of each run.\n\n");
        verdicts(md, lines);
        md.append("Public figures for comparison (other products, other hardware): Spring Cloud Gateway's original")
                .append(
                        " benchmark ≈ 4.5 ms added on average at saturation; Kong p99 ≈ 7 ms; an Envoy sidecar pair ≈ 2.7 ms")
                .append(" p90.\n\n");
        for (String mode : List.of("key", "email")) {
            List<Line> rate = lines.stream()
                    .filter(l -> l.key().mode().equals(mode) && l.key().kind().equals("rate"))
                    .toList();
            List<Line> wrk = lines.stream()
                    .filter(l -> l.key().mode().equals(mode) && l.key().kind().equals("wrk"))
                    .toList();
            if (rate.isEmpty() && wrk.isEmpty()) {
                continue;
            }
            String title = mode.equals("key") ? "secret API key account" : "e-mail/password account";
            if (!rate.isEmpty()) {
                md.append("## Fixed rate, coordinated-omission aware (LoadGen), ")
                        .append(title)
                        .append("\n\n");
                md.append("| scenario | rate/s | direct p50 / p90 / p99 / p99.9 | gateway p50 / p90 / p99 / p99.9 |")
                        .append(" added p50 | added p90 | added p99 | added p99.9 | CPU s/1k | RSS MB | errors |\n");
                md.append("|---|---:|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
                for (Line l : rate) {
                    md.append(String.format(
                            Locale.ROOT,
                            "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %d |\n",
                            l.key().scenario(),
                            l.key().level(),
                            l.direct() == null ? "–" : percentiles(l.direct()),
                            percentiles(l.gateway()),
                            f2(l.added(Stats::p50)),
                            f2(l.added(Stats::p90)),
                            f2(l.added(Stats::p99)),
                            f2(l.added(Stats::p999)),
                            l.gateway().cpuPer1k() == null
                                    ? "–"
                                    : f2(l.gateway().cpuPer1k()),
                            l.gateway().rssMb() == null ? "–" : f1(l.gateway().rssMb()),
                            l.gateway().errors()));
                }
                md.append('\n');
            }
            if (!wrk.isEmpty()) {
                md.append("## Fixed concurrency (wrk, closed loop), ")
                        .append(title)
                        .append("\n\n");
                md.append("| scenario | connections | direct req/s | gateway req/s | gateway/direct |")
                        .append(
                                " gateway p50 / p90 / p99 / p99.9 | added p50 | added p99 | CPU s/1k | RSS MB | errors |\n");
                md.append("|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|\n");
                for (Line l : wrk) {
                    md.append(String.format(
                            Locale.ROOT,
                            "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %d |\n",
                            l.key().scenario(),
                            l.key().level(),
                            l.direct() == null ? "–" : f0(l.direct().rps()),
                            f0(l.gateway().rps()),
                            l.direct() == null
                                    ? "–"
                                    : f2(l.gateway().rps() / l.direct().rps()),
                            percentiles(l.gateway()),
                            f2(l.added(Stats::p50)),
                            f2(l.added(Stats::p99)),
                            l.gateway().cpuPer1k() == null
                                    ? "–"
                                    : f2(l.gateway().cpuPer1k()),
                            l.gateway().rssMb() == null ? "–" : f1(l.gateway().rssMb()),
                            l.gateway().errors()));
                }
                md.append('\n');
            }
        }
        List<Row> notes = rows.stream()
                .filter(r -> r.kind().equals("probe") || r.kind().equals("size"))
                .toList();
        if (!notes.isEmpty()) {
            md.append("## Scenario notes\n\n| mode | scenario | note |\n|---|---|---|\n");
            for (Row r : notes) {
                md.append("| ")
                        .append(r.mode())
                        .append(" | ")
                        .append(r.scenario())
                        .append(" | ")
                        .append(r.kind().equals("probe") ? "not measured: " : "response size: ")
                        .append(r.note())
                        .append(" |\n");
            }
            md.append('\n');
        }
        if (jmh.isPresent()) {
            md.append(jmhTable(jmh.get()));
        }
        return md.toString();
    }

    private static void verdicts(StringBuilder md, List<Line> lines) {
        md.append("## Targets (issue #10)\n\n| target | measured | verdict |\n|---|---|---|\n");
        Optional<Line> rate = lines.stream()
                .filter(l -> l.key().mode().equals("key")
                        && l.key().scenario().equals("orders-25")
                        && l.key().kind().equals("rate"))
                .findFirst();
        rate.ifPresent(l -> {
            double p50 = l.added(Stats::p50);
            double p99 = l.added(Stats::p99);
            md.append(String.format(
                    Locale.ROOT,
                    "| added p50 ≤ %.0f ms (orders-25 at %s/s) | %s ms | %s |\n",
                    TARGET_ADDED_P50_MS,
                    l.key().level(),
                    f2(p50),
                    verdict(p50 <= TARGET_ADDED_P50_MS)));
            md.append(String.format(
                    Locale.ROOT,
                    "| added p99 ≤ %.0f ms (orders-25 at %s/s) | %s ms | %s |\n",
                    TARGET_ADDED_P99_MS,
                    l.key().level(),
                    f2(p99),
                    verdict(p99 <= TARGET_ADDED_P99_MS)));
        });
        lines.stream()
                .filter(l -> l.key().mode().equals("key")
                        && l.key().scenario().equals("orders-25")
                        && l.key().kind().equals("wrk"))
                .max(Comparator.comparingDouble(l -> l.gateway().rps()))
                .ifPresent(l -> md.append(String.format(
                        Locale.ROOT,
                        "| ≥ %.0f normalized order-list req/s (orders-25, best wrk level) | %s req/s at %s connections"
                                + " (%s × target) | %s |\n",
                        TARGET_ORDER_LIST_RPS,
                        f0(l.gateway().rps()),
                        l.key().level(),
                        f2(l.gateway().rps() / TARGET_ORDER_LIST_RPS),
                        verdict(l.gateway().rps() >= TARGET_ORDER_LIST_RPS
                                && l.gateway().errors() == 0))));
        md.append('\n');
    }

    /** JMH's CSV: primary rows ({@code us/op}) with their {@code gc.alloc.rate.norm} and {@code gc.alloc.rate}. */
    private static String jmhTable(Path csv) throws IOException {
        Map<String, String[]> primary = new LinkedHashMap<>();
        Map<String, Double> allocPerOp = new LinkedHashMap<>();
        Map<String, Double> allocRate = new LinkedHashMap<>();
        List<String> all = Files.readAllLines(csv);
        for (String line : all.subList(Math.min(1, all.size()), all.size())) {
            List<String> f = csvFields(line);
            if (f.size() < 7) {
                continue;
            }
            String name = f.get(0);
            String param = f.size() > 7 ? f.get(7) : "";
            String bench = name.replaceAll("[:·].*$", "");
            String key = bench + "|" + param;
            if (name.endsWith("gc.alloc.rate.norm")) {
                allocPerOp.put(key, Double.parseDouble(f.get(4)));
            } else if (name.endsWith("gc.alloc.rate")) {
                allocRate.put(key, Double.parseDouble(f.get(4)));
            } else if (bench.equals(name)) {
                primary.put(key, f.toArray(String[]::new));
            }
        }
        StringBuilder md = new StringBuilder("## JMH: hot mappers (io.omnicart.bench.jmh, -prof gc)\n\n");
        md.append("| benchmark | page size | time per op | ± (99.9 %) | allocated per op | allocation rate |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        primary.forEach((key, f) -> md.append(String.format(
                Locale.ROOT,
                "| %s | %s | %s %s | %s | %s | %s |\n",
                f[0].substring(f[0].lastIndexOf('.') + 1),
                key.substring(key.indexOf('|') + 1),
                f2(Double.parseDouble(f[4])),
                f[6],
                f2(parseOrNaN(f[5])),
                allocPerOp.containsKey(key) ? kib(allocPerOp.get(key)) : "–",
                allocRate.containsKey(key) ? f0(allocRate.get(key)) + " MB/s" : "–")));
        md.append('\n');
        return md.toString();
    }

    private static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }

    private static String percentiles(Stats s) {
        return f2(s.p50()) + " / " + f2(s.p90()) + " / " + f2(s.p99()) + " / " + f2(s.p999());
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**not met**";
    }

    private static String kib(double bytes) {
        return bytes >= 1024 ? f1(bytes / 1024) + " KiB" : f0(bytes) + " B";
    }

    private static <T> double median(List<T> values, ToDoubleFunction<T> metric) {
        double[] sorted = values.stream()
                .mapToDouble(metric)
                .filter(v -> !Double.isNaN(v))
                .sorted()
                .toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double num(String value) {
        return value == null || value.isBlank() ? 0 : Double.parseDouble(value);
    }

    private static double parseOrNaN(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String f0(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.0f", v);
    }

    private static String f1(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f2(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String f3(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
    }
}
