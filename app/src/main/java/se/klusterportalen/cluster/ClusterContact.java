package se.klusterportalen.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.util.UUID;

/** A contact person of a cluster. */
@Entity
@Table(name = "cluster_contact")
@Audited
class ClusterContact extends RegionOwnedEntity {

    @Column(nullable = false, updatable = false)
    private UUID clusterId;

    private int position;

    @Column(nullable = false)
    private String name;

    private @Nullable String title;
    private @Nullable String email;
    private @Nullable String phone;

    protected ClusterContact() {
    }

    ClusterContact(UUID clusterId) {
        this.id = UUID.randomUUID();
        this.clusterId = clusterId;
    }

    UUID id() {
        return id;
    }

    UUID clusterId() {
        return clusterId;
    }

    int position() {
        return position;
    }

    void update(int position, ContactPerson person) {
        this.position = position;
        this.name = person.name();
        this.title = person.title();
        this.email = person.email();
        this.phone = person.phone();
    }

    ContactPerson toRecord() {
        return new ContactPerson(id, name, title, email, phone);
    }
}
