package se.klusterportalen.cluster;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

interface SmartSpecialisationAreaRepository extends JpaRepository<SmartSpecialisationArea, UUID> {

    List<SmartSpecialisationArea> findAllByOrderByNameAsc();

    Optional<SmartSpecialisationArea> findByNameIgnoreCase(String name);

    /** The ids of the region's areas: what a profile may refer to. */
    default Set<UUID> knownIds() {
        return findAll().stream().map(area -> area.toRecord().id()).collect(Collectors.toSet());
    }

    /** The region's areas by id. */
    default Map<UUID, SmartArea> byId() {
        return findAll().stream().map(SmartSpecialisationArea::toRecord)
                .collect(Collectors.toMap(SmartArea::id, area -> area));
    }
}
