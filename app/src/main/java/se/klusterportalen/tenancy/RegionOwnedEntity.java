package se.klusterportalen.tenancy;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

import java.util.UUID;

/** A region-owned row with a single UUID key, assigned by the entity itself when it is created. */
@MappedSuperclass
@Audited
public abstract class RegionOwnedEntity extends RegionOwned {

    @Id
    protected UUID id;

    protected RegionOwnedEntity() {
    }
}
