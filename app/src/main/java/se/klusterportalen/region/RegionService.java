package se.klusterportalen.region;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.security.Permission;
import se.klusterportalen.security.RequiresPermission;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

@Service
public class RegionService {

    private static final Pattern CODE = Pattern.compile("[a-z0-9-]{2,40}");

    private final RegionRepository regions;
    private final Clock clock;

    RegionService(RegionRepository regions, Clock clock) {
        this.regions = regions;
        this.clock = clock;
    }

    /** A region's display name; any signed-in user may look up names (they are not region data). */
    @Transactional(readOnly = true)
    public Optional<RegionSummary> find(String code) {
        return regions.findById(code).map(Region::toSummary);
    }

    @RequiresPermission(Permission.REGION_ADMIN)
    @Transactional(readOnly = true)
    public List<RegionSummary> all() {
        return regions.findAll().stream().map(Region::toSummary).toList();
    }

    @RequiresPermission(Permission.REGION_ADMIN)
    @Transactional
    public RegionSummary create(String code, String name) {
        return createRegion(code, name);
    }

    /** For the platform's own set-up (demo data), not reachable from a request. */
    @Transactional
    public RegionSummary ensureExists(String code, String name) {
        return regions.findById(code).map(Region::toSummary).orElseGet(() -> createRegion(code, name));
    }

    private RegionSummary createRegion(String code, String name) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Region code: 2–40 lower-case letters, digits or hyphens");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("Region name: 1–200 characters");
        }
        if (regions.existsById(code)) {
            throw new IllegalArgumentException("Region " + code + " exists already");
        }
        return regions.save(new Region(code, name.strip(), clock.instant())).toSummary();
    }
}
