package se.klusterportalen.label;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import se.klusterportalen.cluster.ClusterId;

import java.time.LocalDate;
import java.util.UUID;

/** The label a cluster aims for (one per cluster). */
@Entity
@Table(name = "label_goal")
@Audited
class LabelGoal {

    @Id
    @Column(name = "cluster_id")
    private UUID clusterId;

    @TenantId
    @Column(name = "region_code", nullable = false, updatable = false)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_level", nullable = false)
    private LabelLevel targetLevel;

    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

    @Version
    private long version;

    protected LabelGoal() {
    }

    LabelGoal(ClusterId cluster) {
        this.clusterId = cluster.value();
    }

    void set(LabelLevel level, LocalDate date) {
        this.targetLevel = level;
        this.targetDate = date;
    }

    long version() {
        return version;
    }

    LabelGoalRecord toRecord() {
        return new LabelGoalRecord(new ClusterId(clusterId), targetLevel, targetDate, version);
    }
}
