package se.klusterportalen.audit;

import org.junit.jupiter.api.Test;
import se.klusterportalen.tenancy.RegionContext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class PortalRevisionListenerUnitTest {

    @Test
    void aRevisionIsStampedWithThePortalsClockAndTheActorsRegion() {
        var at = Instant.parse("2021-03-15T09:30:00Z");
        var listener = new PortalRevisionListener(Clock.fixed(at, ZoneOffset.UTC));
        var revision = new PortalRevision();

        RegionContext.runAs("skane", () -> listener.newRevision(revision));

        assertThat(revision.changedAt()).isEqualTo(at);
        assertThat(revision.regionCode()).isEqualTo("skane");
        assertThat(revision.username()).isEqualTo(PortalRevisionListener.SYSTEM);
    }
}
