package se.klusterportalen.label;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import se.klusterportalen.cluster.ClusterId;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface LabelRepository extends JpaRepository<Label, UUID> {

    List<Label> findByClusterIdOrderByAssessedOnDesc(UUID clusterId);

    List<Label> findByClusterIdIn(Collection<UUID> clusterIds);

    /** Every label of the region as a record's columns, no entity loaded ({@link #record(Object[])}). */
    @Query("select l.id, l.clusterId, l.level, l.assessedOn, l.validUntil, l.scorePercent, l.issuerReference,"
            + " l.version from Label l")
    List<Object[]> findRecords();

    /** The labels of these clusters valid on the date, as a record's columns ({@link #record(Object[])}). */
    @Query("select l.id, l.clusterId, l.level, l.assessedOn, l.validUntil, l.scorePercent, l.issuerReference,"
            + " l.version from Label l where l.clusterId in :clusters and l.assessedOn <= :date"
            + " and l.validUntil >= :date")
    List<Object[]> findRecordsValidOn(@Param("clusters") Collection<UUID> clusterIds, @Param("date") LocalDate date);

    /** The region's labels valid on the date, as a record's columns ({@link #record(Object[])}). */
    @Query("select l.id, l.clusterId, l.level, l.assessedOn, l.validUntil, l.scorePercent, l.issuerReference,"
            + " l.version from Label l where l.assessedOn <= :date and l.validUntil >= :date")
    List<Object[]> findRecordsValidOn(@Param("date") LocalDate date);

    /** A row of {@link #findRecords()} as the record {@code Label#toRecord} makes. */
    static LabelRecord record(Object[] row) {
        return new LabelRecord(new LabelId((UUID) row[0]), new ClusterId((UUID) row[1]), (LabelLevel) row[2],
                (LocalDate) row[3], (LocalDate) row[4], Optional.ofNullable((Integer) row[5]), (String) row[6],
                ((Number) row[7]).longValue());
    }
}
