package se.klusterportalen.audit;

import org.hibernate.envers.RevisionListener;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.PortalUser;
import se.klusterportalen.tenancy.RegionContext;

import java.time.Clock;

/**
 * Records who changed what, in which region and when. Hibernate creates the listener through Spring's bean
 * container, so the portal's {@link Clock} is injected; the actor comes from the security context of the change.
 * The time set here replaces the one Envers took from the system clock.
 */
class PortalRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";

    private final Clock clock;

    PortalRevisionListener(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void newRevision(Object revisionEntity) {
        String username = CurrentUser.fromSecurityContext().map(PortalUser::username).orElse(SYSTEM);
        ((PortalRevision) revisionEntity).record(username, RegionContext.current().orElse(null), clock.instant());
    }
}
