package se.klusterportalen.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A row one region owns (ADR 0002): the region code is Hibernate's tenant id, filled from the session's region on
 * insert and filtered on every read, and never changed; the version catches concurrent edits. Its table is
 * declared region-owned in the database by {@code make_region_owned} (row-level security), which
 * {@code TenancyCatalogueIntegrationTest} checks. Entities with a composite key extend this; entities with a
 * single generated id extend {@link RegionOwnedEntity}.
 */
@MappedSuperclass
@Audited
public abstract class RegionOwned {

    @TenantId
    @Column(name = "region_code", nullable = false, updatable = false)
    private @Nullable String regionCode;

    /** Optimistic lock: raised by every change; a save with an older version is refused. */
    @Version
    protected long version;

    protected RegionOwned() {
    }
}
