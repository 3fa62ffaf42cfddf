package se.klusterportalen.label;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

interface LabelRepository extends JpaRepository<Label, UUID> {

    List<Label> findByClusterIdOrderByAssessedOnDesc(UUID clusterId);

    List<Label> findByClusterIdIn(Collection<UUID> clusterIds);
}
