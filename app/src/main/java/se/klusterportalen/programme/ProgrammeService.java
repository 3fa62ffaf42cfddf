package se.klusterportalen.programme;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.security.Permission;
import se.klusterportalen.security.RequiresPermission;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The programmes of the current user's region. */
@Service
public class ProgrammeService {

    private final ProgrammeRepository programmes;

    ProgrammeService(ProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    @RequiresPermission(Permission.PROGRAMME_VIEW)
    @Transactional(readOnly = true)
    public List<ProgrammeSummary> list() {
        return programmes.findAllByOrderByStartYearDescNameAsc().stream().map(Programme::toSummary).toList();
    }

    @RequiresPermission(Permission.PROGRAMME_VIEW)
    @Transactional(readOnly = true)
    public Optional<ProgrammeSummary> find(ProgrammeId id) {
        return programmes.findById(id.value()).map(Programme::toSummary);
    }

    @RequiresPermission(Permission.PROGRAMME_EDIT)
    @Transactional
    public ProgrammeSummary create(String name, int startYear, int endYear, Collection<ClusterId> clusters) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("programme.name.invalid");
        }
        if (endYear < startYear || startYear < 1990 || endYear > 2100) {
            throw new IllegalArgumentException("programme.period.invalid");
        }
        if (programmes.findByNameIgnoreCase(name.strip()).isPresent()) {
            throw new IllegalArgumentException("programme.name.taken");
        }
        return save(name.strip(), startYear, endYear, clusters);
    }

    /** For the platform's own set-up (demo data) in the current {@code RegionContext}. */
    @Transactional
    public ProgrammeSummary ensureExists(String name, int startYear, int endYear, Collection<ClusterId> clusters) {
        return programmes.findByNameIgnoreCase(name).map(Programme::toSummary)
                .orElseGet(() -> save(name, startYear, endYear, clusters));
    }

    private ProgrammeSummary save(String name, int startYear, int endYear, Collection<ClusterId> clusters) {
        var programme = new Programme(name, startYear, endYear);
        clusters.forEach(programme::include);
        return programmes.save(programme).toSummary();
    }
}
