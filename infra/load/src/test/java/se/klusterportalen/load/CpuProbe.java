package se.klusterportalen.load;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time (user + system, from {@code /proc/PID/stat} through {@link ProcessHandle.Info#totalCpuDuration()}) of the
 * processes that share the machine in a run: the portal's JVM, what the portal started as its development services
 * (Keycloak: a descendant; PostgreSQL: the postmaster {@code -Dload.pgPid} and its backends, as the embedded
 * PostgreSQL detaches from the portal), and the load generator itself. On a loaded 2-core machine wall times say
 * little; CPU seconds per step do (docs/benchmarks/README.md).
 */
final class CpuProbe {

    private CpuProbe() {
    }

    /** CPU seconds per part, in a fixed order: portal, keycloak, postgresql, other children, harness. */
    static Map<String, Double> sample(long portalPid) {
        var parts = new LinkedHashMap<String, Double>();
        if (portalPid > 0) {
            ProcessHandle.of(portalPid).ifPresent(portal -> {
                parts.put("portal", seconds(portal));
                parts.put("keycloak", 0.0);
                parts.put("postgresql", 0.0);
                portal.descendants().forEach(child -> {
                    String command = child.info().command().orElse("");
                    String line = child.info().commandLine().orElse(command);
                    String part = command.contains("postgres") ? "postgresql"
                            : line.contains("keycloak") || line.contains("quarkus") ? "keycloak" : "other";
                    parts.merge(part, seconds(child), Double::sum);
                });
            });
        }
        long pgPid = Long.getLong("load.pgPid", 0);
        if (pgPid > 0) {
            ProcessHandle.of(pgPid).ifPresent(postmaster -> parts.put("postgresql",
                    seconds(postmaster) + postmaster.descendants().mapToDouble(CpuProbe::seconds).sum()));
        }
        parts.put("harness", seconds(ProcessHandle.current()));
        return parts;
    }

    /**
     * One line per part: CPU seconds between two samples and milliseconds per step, e.g.
     * {@code portal 12.3 s = 24.6 ms/step}.
     */
    static String between(Map<String, Double> before, Map<String, Double> after, long steps, Duration wall) {
        var out = new StringBuilder();
        after.forEach((part, seconds) -> {
            double used = seconds - before.getOrDefault(part, 0.0);
            out.append("  %-11s %7.1f CPU s = %6.1f ms per step = %4.2f cores%n".formatted(part, used,
                    steps == 0 ? 0 : 1000 * used / steps, wall.isZero() ? 0 : used / (wall.toMillis() / 1000.0)));
        });
        return out.toString();
    }

    private static double seconds(ProcessHandle process) {
        return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }
}
