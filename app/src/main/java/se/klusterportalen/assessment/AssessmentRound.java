package se.klusterportalen.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.time.Instant;
import java.util.UUID;

/** A round of self-assessments a region opens, e.g. "2026", made with one framework version. */
@Entity
@Table(name = "assessment_round")
@Audited
class AssessmentRound extends RegionOwnedEntity {

    @Column(nullable = false)
    private String name;

    @Column(name = "framework_version", nullable = false)
    private int frameworkVersion;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    protected AssessmentRound() {
    }

    AssessmentRound(String name, int frameworkVersion, Instant openedAt, String openedBy) {
        this(UUID.randomUUID(), name, frameworkVersion, openedAt, openedBy);
    }

    AssessmentRound(UUID id, String name, int frameworkVersion, Instant openedAt, String openedBy) {
        this.id = id;
        this.name = name;
        this.frameworkVersion = frameworkVersion;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    int frameworkVersion() {
        return frameworkVersion;
    }

    Instant openedAt() {
        return openedAt;
    }
}
