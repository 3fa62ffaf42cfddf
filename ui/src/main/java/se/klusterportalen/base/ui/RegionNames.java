package se.klusterportalen.base.ui;

import org.springframework.stereotype.Component;
import se.klusterportalen.region.RegionService;
import se.klusterportalen.region.RegionSummary;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The header's region name, read once per region for the whole process instead of with a transaction and a select
 * on every page load (issue #19, CPU per page load: 3 % of a page load's samples). The portal creates regions but
 * never renames them (the regions admin has no rename; {@code RegionService} has no such operation), so a name once
 * found stays right; a region not found is asked again next time (it may be created meanwhile). A rename, if one is
 * ever added, must empty this map.
 */
@Component
class RegionNames {

    private final RegionService regions;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    RegionNames(RegionService regions) {
        this.regions = regions;
    }

    /** The display name of the region with this code, or empty when there is no such region. */
    Optional<String> name(String code) {
        String known = names.get(code);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> found = regions.find(code).map(RegionSummary::name);
        found.ifPresent(name -> names.put(code, name));
        return found;
    }
}
