package se.klusterportalen.tenancy;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The capability to do work as the platform itself rather than as a signed-in user: loading demo and reference
 * data, and later scheduled jobs. Only seeders (classes named {@code *DemoData} or {@code *Seeder}, and the
 * {@code demo} feature) start one ({@code ArchitectureUnitTest} checks it), and a service's system operations
 * (the {@code ...IfMissing}/{@code ensureExists} methods, which carry no permission check) take it as their first
 * parameter: a view or controller has no way to call them.
 *
 * <p>A task is bound to one region and is valid only while {@link #callIn}/{@link #runIn} runs: for that time the
 * {@link RegionContext} is the task's region (before any transaction opens, so row-level security sees it).
 * See ADR 0009.
 */
public final class SystemTask {

    private final String regionCode;
    private boolean open = true;

    private SystemTask(String regionCode) {
        this.regionCode = Objects.requireNonNull(regionCode, "regionCode");
    }

    /** Runs {@code work} as the system in the region {@code regionCode} and returns its result. */
    public static <T> T callIn(String regionCode, Function<SystemTask, T> work) {
        var task = new SystemTask(regionCode);
        try {
            return RegionContext.callAs(regionCode, () -> work.apply(task));
        } finally {
            task.open = false;
        }
    }

    /** Runs {@code work} as the system in the region {@code regionCode}. */
    public static void runIn(String regionCode, Consumer<SystemTask> work) {
        callIn(regionCode, task -> {
            work.accept(task);
            return null;
        });
    }

    /** The region the task works in. */
    public String regionCode() {
        return regionCode;
    }

    /**
     * What a system operation calls first: refuses ({@link IllegalStateException}) a missing task, one that has
     * ended, and one used outside its region.
     */
    public static void require(SystemTask task) {
        if (task == null || !task.open) {
            throw new IllegalStateException("System work needs a running SystemTask");
        }
        if (!RegionContext.current().map(task.regionCode::equals).orElse(false)) {
            throw new IllegalStateException("SystemTask of region " + task.regionCode + " used in another region");
        }
    }
}
