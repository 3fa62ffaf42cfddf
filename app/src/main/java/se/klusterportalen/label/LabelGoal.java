package se.klusterportalen.label;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.tenancy.RegionOwned;

import java.time.LocalDate;
import java.util.UUID;

/** The label a cluster aims for (one per cluster). */
@Entity
@Table(name = "label_goal")
@Audited
class LabelGoal extends RegionOwned {

    @Id
    @Column(name = "cluster_id")
    private UUID clusterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_level", nullable = false)
    private LabelLevel targetLevel;

    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

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
