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
 * Response time per journey step (each UIDL round trip, the UI's init, and apart the browser's fetches of read-only
 * markup, {@code markup: <step>}), kept by the harness itself so that a run
 * ends with a table of p50/p95/p99 and errors per step (Gatling's own report has them too, in HTML).
 */
final class StepStats {

    private static final Map<String, List<Integer>> TIMES = new ConcurrentSkipListMap<>();
    private static final Map<String, AtomicLong> ERRORS = new ConcurrentHashMap<>();
    /** The same for the steps that started once every user had signed in (the steady phase, without the ramp). */
    private static final Map<String, List<Integer>> STEADY_TIMES = new ConcurrentSkipListMap<>();
    private static final Map<String, AtomicLong> STEADY_ERRORS = new ConcurrentHashMap<>();
    private static final AtomicLong STEPS = new AtomicLong();
    private static volatile long steadyFrom = Long.MAX_VALUE;

    private StepStats() {
    }

    /** From now on steps count for the steady phase too (every user signed in). */
    static void steadyFromNow() {
        steadyFrom = System.currentTimeMillis();
    }

    static boolean steady() {
        return steadyFrom != Long.MAX_VALUE;
    }

    /** Steps recorded so far (UIDL round trips and inits, failed ones too; not the markup fetches they caused). */
    static long steps() {
        return STEPS.get();
    }

    static void record(String step, int millis, boolean failed) {
        if (!step.startsWith("markup: ")) {
            // CPU per step: a step's markup fetch is part of that step's cost
            STEPS.incrementAndGet();
        }
        record(TIMES, ERRORS, step, millis, failed);
        if (System.currentTimeMillis() - Math.max(0, millis) >= steadyFrom) {
            record(STEADY_TIMES, STEADY_ERRORS, step, millis, failed);
        }
    }

    private static void record(Map<String, List<Integer>> stepTimes, Map<String, AtomicLong> stepErrors, String step,
                               int millis, boolean failed) {
        if (failed) {
            stepErrors.computeIfAbsent(step, s -> new AtomicLong()).incrementAndGet();
            stepTimes.computeIfAbsent(step, s -> Collections.synchronizedList(new ArrayList<>()));
        } else if (millis >= 0) {
            stepTimes.computeIfAbsent(step, s -> Collections.synchronizedList(new ArrayList<>())).add(millis);
        }
    }

    /** The table as Markdown (step, count, errors, p50, p95, p99, max in ms), also written to {@code file}. */
    static String table(String title, Path file) {
        String all = table(title, TIMES, ERRORS);
        if (steady()) {
            all += "\n" + table("Steady phase only (steps started after every user had signed in): " + title,
                    STEADY_TIMES, STEADY_ERRORS);
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, all);
        } catch (IOException e) {
            all += "(could not write " + file + ": " + e.getMessage() + ")\n";
        }
        return all;
    }

    private static String table(String title, Map<String, List<Integer>> stepTimes, Map<String, AtomicLong> stepErrors) {
        var out = new StringBuilder();
        out.append(title).append("\n\n");
        out.append("| step | OK | errors | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|\n");
        List<Integer> all = new ArrayList<>();
        List<Integer> markup = new ArrayList<>();
        long allErrors = 0;
        long markupErrors = 0;
        for (var entry : stepTimes.entrySet()) {
            List<Integer> times;
            synchronized (entry.getValue()) {
                times = new ArrayList<>(entry.getValue());
            }
            long errors = stepErrors.getOrDefault(entry.getKey(), new AtomicLong()).get();
            allErrors += errors;
            if (!entry.getKey().equals("init") && !entry.getKey().startsWith("markup: ")) {
                all.addAll(times);
            } else if (entry.getKey().startsWith("markup: ")) {
                markup.addAll(times);
                markupErrors += errors;
            }
            out.append(row(entry.getKey(), times, errors));
        }
        out.append(row("all UIDL steps", all, allErrors - markupErrors
                - stepErrors.getOrDefault("init", new AtomicLong()).get()));
        if (!markup.isEmpty() || markupErrors > 0) {
            // the browser's fetches of read-only markup (GET, not UIDL): once per address and user
            out.append(row("all markup fetches", markup, markupErrors));
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
