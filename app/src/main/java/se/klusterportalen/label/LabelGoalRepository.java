package se.klusterportalen.label;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.klusterportalen.cluster.ClusterId;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

interface LabelGoalRepository extends JpaRepository<LabelGoal, UUID> {

    /** Every label goal of the region as records, no entity loaded. */
    default List<LabelGoalRecord> records() {
        return findRecordColumns().stream().map(row -> new LabelGoalRecord(new ClusterId((UUID) row[0]),
                (LabelLevel) row[1], (LocalDate) row[2], ((Number) row[3]).longValue())).toList();
    }

    @Query("select g.clusterId, g.targetLevel, g.targetDate, g.version from LabelGoal g")
    List<Object[]> findRecordColumns();
}
