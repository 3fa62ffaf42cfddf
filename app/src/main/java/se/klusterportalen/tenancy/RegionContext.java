package se.klusterportalen.tenancy;

import org.jspecify.annotations.Nullable;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.PortalUser;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The region (tenant) of the current work: the signed-in user's region from the token, or, for work the
 * system does on a region's behalf (demo data, jobs), a region set explicitly for the duration of a call.
 */
public final class RegionContext {

    private static final ThreadLocal<@Nullable String> EXPLICIT = new ThreadLocal<>();

    private RegionContext() {
    }

    public static Optional<String> current() {
        String explicit = EXPLICIT.get();
        if (explicit != null) {
            return Optional.of(explicit);
        }
        return CurrentUser.fromSecurityContext().flatMap(PortalUser::regionCode);
    }

    public static <T extends @Nullable Object> T callAs(String regionCode, Supplier<T> work) {
        String previous = EXPLICIT.get();
        EXPLICIT.set(regionCode);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(previous);
            }
        }
    }

    public static void runAs(String regionCode, Runnable work) {
        callAs(regionCode, () -> {
            work.run();
            return null;
        });
    }
}
