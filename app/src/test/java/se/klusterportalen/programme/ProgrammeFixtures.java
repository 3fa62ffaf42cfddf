package se.klusterportalen.programme;

import org.springframework.stereotype.Component;
import se.klusterportalen.cluster.ClusterId;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Programmes and goals for a test, made through {@link ProgrammeService} as the signed-in officer: rolled back with
 * the test's transaction, or committed inside {@code RealLogin.inOwnTransaction} (then {@link #unique} names and a
 * period long past, 2001–2002, so that no view takes it for the region's newest programme). See
 * docs/adr/0008-test-data.md.
 */
@Component
public class ProgrammeFixtures {

    private final ProgrammeService programmes;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final se.klusterportalen.testsupport.RegionSql sql;

    ProgrammeFixtures(ProgrammeService programmes, org.springframework.jdbc.core.JdbcTemplate jdbc,
                      se.klusterportalen.testsupport.RegionSql sql) {
        this.programmes = programmes;
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** A name no other test run uses: the prefix and a random suffix. */
    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A programme over these years with these clusters (an officer's right). */
    public ProgrammeSummary programme(String name, int firstYear, int lastYear, List<ClusterId> clusters) {
        return programmes.create(name, firstYear, lastYear, clusters);
    }

    /** A programme 2001–2002 with these clusters. */
    public ProgrammeSummary pastProgramme(String name, List<ClusterId> clusters) {
        return programmes.create(name, 2001, 2002, clusters);
    }

    /** The region's programme whose name contains the fragment (demo data or made by the test). */
    public ProgrammeSummary named(String fragment) {
        return programmes.list().stream().filter(p -> p.name().contains(fragment)).findFirst().orElseThrow();
    }

    /** A manual goal of the programme due on the date, not yet assessed. */
    public GoalEvaluation manualGoal(ProgrammeId programme, String title, LocalDate deadline) {
        var id = programmes.addGoal(programme, GoalDefinition.manual(title, deadline));
        return programmes.goals(programme).stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Clean-up for a test that had to commit a programme into a demo region (ADR 0008): removes a programme without
     * funding plans and every row that names it (its clusters, goals, milestones), so that the region's pinned
     * figures hold for the tests after it. The audit history stays.
     */
    public void removeCommitted(String region, ProgrammeId programme) {
        sql.runAsRegion(region, status -> {
            List<String> tables = sql.tablesWithColumn("programme_id");
            tables.forEach(table -> jdbc.update("DELETE FROM " + table + " WHERE programme_id = ?", programme.value()));
            jdbc.update("DELETE FROM programme WHERE id = ?", programme.value());
        });
    }
}
