package se.klusterportalen.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One audited change set: who, in which region, when (UTC, epoch milliseconds). */
@Entity
@Table(name = "revinfo")
@RevisionEntity(PortalRevisionListener.class)
class PortalRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
    @SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 50)
    @RevisionNumber
    @Column(name = "rev")
    private int id;

    @RevisionTimestamp
    @Column(name = "revtstmp", nullable = false)
    private long timestamp;

    @Column(name = "username", nullable = false)
    private String username;

    @Column(name = "region_code")
    private @Nullable String regionCode;

    void record(String username, String regionCode, Instant at) {
        this.username = username;
        this.regionCode = regionCode;
        this.timestamp = at.toEpochMilli();
    }

    int id() {
        return id;
    }

    Instant changedAt() {
        return Instant.ofEpochMilli(timestamp);
    }

    String username() {
        return username;
    }

    @Nullable String regionCode() {
        return regionCode;
    }
}
