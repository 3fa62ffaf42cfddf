package se.klusterportalen.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Response time per journey step (each UIDL round trip and the UI's init), kept by the harness itself so that a run
 * ends with a table of p50/p95/p99 and errors per step (Gatling's own report has them too, in HTML).
 */
final class StepStats {

    private static final Map<String, List<Integer>> TIMES = new ConcurrentSkipListMap<>();
    private static final Map<String, AtomicLong> ERRORS = new ConcurrentHashMap<>();

    private StepStats() {
    }

    static void record(String step, int millis, boolean failed) {
        if (failed) {
            ERRORS.computeIfAbsent(step, s -> new AtomicLong()).incrementAndGet();
            TIMES.computeIfAbsent(step, s -> Collections.synchronizedList(new ArrayList<>()));
        } else if (millis >= 0) {
            TIMES.computeIfAbsent(step, s -> Collections.synchronizedList(new ArrayList<>())).add(millis);
        }
    }

    /** The table as Markdown (step, count, errors, p50, p95, p99, max in ms), also written to {@code file}. */
    static String table(String title, Path file) {
        var out = new StringBuilder();
        out.append(title).append("\n\n");
        out.append("| step | OK | errors | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|\n");
        List<Integer> all = new ArrayList<>();
        long allErrors = 0;
        for (var entry : TIMES.entrySet()) {
            List<Integer> times;
            synchronized (entry.getValue()) {
                times = new ArrayList<>(entry.getValue());
            }
            long errors = ERRORS.getOrDefault(entry.getKey(), new AtomicLong()).get();
            allErrors += errors;
            if (!entry.getKey().equals("init")) {
                all.addAll(times);
            }
            out.append(row(entry.getKey(), times, errors));
        }
        out.append(row("all UIDL steps", all, allErrors - ERRORS.getOrDefault("init", new AtomicLong()).get()));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out.toString());
        } catch (IOException e) {
            out.append("(could not write ").append(file).append(": ").append(e.getMessage()).append(")\n");
        }
        return out.toString();
    }

    private static String row(String step, List<Integer> times, long errors) {
        Collections.sort(times);
        return "| %s | %d | %d | %s | %s | %s | %s |%n".formatted(step, times.size(), errors, percentile(times, 50),
                percentile(times, 95), percentile(times, 99), times.isEmpty() ? "–" : times.getLast());
    }

    /** Nearest rank. */
    private static String percentile(List<Integer> sorted, int p) {
        if (sorted.isEmpty()) {
            return "–";
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return Integer.toString(sorted.get(Math.max(0, rank - 1)));
    }
}
