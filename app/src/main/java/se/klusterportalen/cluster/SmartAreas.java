package se.klusterportalen.cluster;

import se.klusterportalen.text.Collation;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.klusterportalen.rejection.Rejection;

/** The region's smart specialisation areas: the list profiles choose from. Permissions: {@link ClusterService}. */
@Component
class SmartAreas {

    private final SmartSpecialisationAreaRepository areas;
    private final ClusterRepository clusters;

    SmartAreas(SmartSpecialisationAreaRepository areas, ClusterRepository clusters) {
        this.areas = areas;
        this.clusters = clusters;
    }

    List<SmartArea> list() {
        return areas.findAllByOrderByNameAsc().stream().map(SmartSpecialisationArea::toRecord).toList();
    }

    /** Adds the area {@code id}; a repeated request with the same id returns the area already added. */
    SmartArea add(UUID id, String name) {
        return areas.findById(id)
                .map(SmartSpecialisationArea::toRecord)
                .orElseGet(() -> areas.save(new SmartSpecialisationArea(id, validName(name, null))).toRecord());
    }

    /** The area, created when the region's list lacks it (demo data). */
    SmartArea ifMissing(String name) {
        return areas.findByNameIgnoreCase(name).map(SmartSpecialisationArea::toRecord)
                .orElseGet(() -> areas.save(new SmartSpecialisationArea(UUID.randomUUID(), name)).toRecord());
    }

    List<AreaUse> use() {
        Map<UUID, List<String>> servedBy = new HashMap<>();
        clusters.findAllWithAreasByOrderByNameAsc().forEach(cluster -> cluster.areaIds().forEach(area ->
                servedBy.computeIfAbsent(area, key -> new ArrayList<>()).add(cluster.name())));
        return areas.findAllByOrderByNameAsc().stream().map(area -> new AreaUse(area.toRecord(), area.version(),
                servedBy.getOrDefault(area.toRecord().id(), List.of()).stream()
                        .sorted(Collation.SWEDISH).toList())).toList();
    }

    SmartArea rename(UUID id, long loadedVersion, String name) {
        SmartSpecialisationArea area = current(id, loadedVersion);
        area.rename(validName(name, id));
        try {
            areas.saveAndFlush(area);
        } catch (ObjectOptimisticLockingFailureException concurrentSave) {
            throw new Rejection.Stale("cluster.error.area.stale");
        }
        return area.toRecord();
    }

    void remove(UUID id, long loadedVersion) {
        SmartSpecialisationArea area = current(id, loadedVersion);
        if (clusters.findAllWithAreasByOrderByNameAsc().stream().anyMatch(cluster -> cluster.areaIds().contains(id))) {
            throw new Rejection.Invalid("area", "cluster.error.area.in-use");
        }
        areas.delete(area);
        areas.flush();
    }

    private SmartSpecialisationArea current(UUID id, long loadedVersion) {
        SmartSpecialisationArea area = areas.findById(id)
                .orElseThrow(() -> new Rejection.Stale("cluster.error.area.stale"));
        if (area.version() != loadedVersion) {
            throw new Rejection.Stale("cluster.error.area.stale");
        }
        return area;
    }

    private String validName(String name, UUID renamed) {
        String cleaned = ClusterValidator.clean(name);
        if (cleaned == null || cleaned.length() > ClusterValidator.TEXT_MAX) {
            throw new Rejection.Invalid("area", "cluster.error.area.invalid");
        }
        if (areas.findByNameIgnoreCase(cleaned).filter(other -> !other.toRecord().id().equals(renamed)).isPresent()) {
            throw new Rejection.Invalid("area", "cluster.error.area.taken");
        }
        return cleaned;
    }
}
