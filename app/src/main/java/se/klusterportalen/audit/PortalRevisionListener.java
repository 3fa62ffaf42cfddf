package se.klusterportalen.audit;

import org.hibernate.envers.RevisionListener;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.PortalUser;
import se.klusterportalen.tenancy.RegionContext;

/** Envers creates this itself, so it reads the actor from the security context rather than by injection. */
class PortalRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        String username = CurrentUser.fromSecurityContext().map(PortalUser::username).orElse(SYSTEM);
        ((PortalRevision) revisionEntity).recordActor(username, RegionContext.current().orElse(null));
    }
}
