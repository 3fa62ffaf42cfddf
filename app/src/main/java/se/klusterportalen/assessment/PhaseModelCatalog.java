package se.klusterportalen.assessment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the framework versions Flyway loaded. A version never changes once published (a revision is a new
 * version), so each is read once and kept.
 */
@Component
class PhaseModelCatalog {

    private final JdbcClient jdbc;
    private final Map<Integer, PhaseModel> loaded = new ConcurrentHashMap<>();

    PhaseModelCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int latestVersion() {
        return jdbc.sql("SELECT max(version) FROM phase_model_framework").query(Integer.class).single();
    }

    PhaseModel latest() {
        return version(latestVersion());
    }

    PhaseModel version(int version) {
        return loaded.computeIfAbsent(version, this::load);
    }

    private PhaseModel load(int version) {
        LocalizedText name = jdbc.sql("SELECT name_sv, name_en FROM phase_model_framework WHERE version = ?")
                .param(version).query((rs, i) -> new LocalizedText(rs.getString(1), rs.getString(2))).optional()
                .orElseThrow(() -> new NoSuchElementException("No phase model version " + version));
        List<Phase> phases = jdbc.sql("""
                        SELECT phase, name_sv, name_en, description_sv, description_en FROM phase_model_phase
                        WHERE framework_version = ? ORDER BY phase""").param(version)
                .query((rs, i) -> new Phase(rs.getInt(1), new LocalizedText(rs.getString(2), rs.getString(3)),
                        new LocalizedText(rs.getString(4), rs.getString(5)))).list();
        List<Criterion> criteria = jdbc.sql("""
                        SELECT code, dimension_code, phase, text_sv, text_en FROM phase_model_criterion
                        WHERE framework_version = ? ORDER BY phase, position""").param(version)
                .query((rs, i) -> new Criterion(rs.getString(1), rs.getString(2), rs.getInt(3),
                        new LocalizedText(rs.getString(4), rs.getString(5)))).list();
        List<Dimension> dimensions = jdbc.sql("""
                        SELECT code, name_sv, name_en FROM phase_model_dimension
                        WHERE framework_version = ? ORDER BY position""").param(version)
                .query((rs, i) -> {
                    String code = rs.getString(1);
                    return new Dimension(code, new LocalizedText(rs.getString(2), rs.getString(3)),
                            criteria.stream().filter(c -> c.dimensionCode().equals(code)).toList());
                }).list();
        List<HorizontalArea> areas = jdbc.sql("""
                        SELECT code, name_sv, name_en FROM horizontal_area
                        WHERE framework_version = ? ORDER BY position""").param(version)
                .query((rs, i) -> new HorizontalArea(rs.getString(1),
                        new LocalizedText(rs.getString(2), rs.getString(3)))).list();
        List<HorizontalLevel> levels = jdbc.sql("""
                        SELECT level, name_sv, name_en, description_sv, description_en FROM horizontal_level
                        WHERE framework_version = ? ORDER BY level""").param(version)
                .query((rs, i) -> new HorizontalLevel(rs.getInt(1), new LocalizedText(rs.getString(2), rs.getString(3)),
                        new LocalizedText(rs.getString(4), rs.getString(5)))).list();
        return new PhaseModel(version, name, phases, dimensions, areas, levels);
    }
}
