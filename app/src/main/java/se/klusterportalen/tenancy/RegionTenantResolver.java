package se.klusterportalen.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Hibernate's view of the tenant: every session is opened for the current region, so {@code @TenantId}
 * columns are filtered on read and filled on write. Without a region the session gets a tenant id that no
 * row carries.
 */
final class RegionTenantResolver implements CurrentTenantIdentifierResolver<String> {

    static final String NO_REGION = "(no region)";

    @Override
    public String resolveCurrentTenantIdentifier() {
        return RegionContext.current().orElse(NO_REGION);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }
}
