package se.klusterportalen.assessment;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import se.klusterportalen.testsupport.IntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V42 moves the answers of a database that has them: every migration up to V41 runs in a scratch schema as the
 * owner, answers and their history are written the old way (two tables), then V42 runs. The answers keep their ids,
 * values, texts and review notes; the history keeps its revisions; the old tables are gone.
 */
@IntegrationTest
class AnswerMigrationIntegrationTest {

    static final UUID ASSESSMENT = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    static final UUID CRITERION_ANSWER = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    static final UUID AREA_ANSWER = UUID.fromString("00000000-0000-0000-0000-00000000e001");

    @Autowired Environment env;

    String schema;
    SingleConnectionDataSource owner;
    JdbcTemplate sql;

    @BeforeEach
    void oldSchemaWithAnswers() {
        schema = "answer_migration_" + UUID.randomUUID().toString().substring(0, 8);
        owner = new SingleConnectionDataSource(env.getRequiredProperty("spring.flyway.url"),
                env.getRequiredProperty("spring.flyway.user"), env.getRequiredProperty("spring.flyway.password"), true);
        flyway("41").migrate();
        sql = new JdbcTemplate(owner);
        sql.execute("SET search_path TO " + schema);
        sql.execute("SET app.region = 'skane'");
        UUID cluster = UUID.randomUUID();
        UUID round = UUID.randomUUID();
        sql.update("INSERT INTO region (code, name, created_at) VALUES ('skane', 'Region Skåne', now())");
        sql.update("INSERT INTO revinfo (rev, revtstmp, username, region_code) VALUES (1, 0, 'anna', 'skane'),"
                + " (2, 0, 'olle', 'skane')");
        sql.update("INSERT INTO cluster (id, region_code, name, status) VALUES (?, 'skane', 'Mobile Heights', 'ACTIVE')",
                cluster);
        sql.update("INSERT INTO assessment_round (id, region_code, name, framework_version, opened_at, opened_by)"
                + " VALUES (?, 'skane', 'Vår 2026', 1, now(), 'olle')", round);
        sql.update("INSERT INTO assessment (id, region_code, round_id, cluster_id, framework_version, state, letter,"
                + " updated_at, updated_by) VALUES (?, 'skane', ?, ?, 1, 'SUBMITTED', 'A', now(), 'olle')",
                ASSESSMENT, round, cluster);
        sql.update("INSERT INTO assessment_criterion_answer (id, region_code, assessment_id, criterion_code, met,"
                + " evidence, link, met_before_review, review_comment, version)"
                + " VALUES (?, 'skane', ?, 'A3.2', false, 'Projektlistan', 'https://example.se/lista.pdf', true,"
                + " 'Två projekt, inte tre', 3)", CRITERION_ANSWER, ASSESSMENT);
        sql.update("INSERT INTO assessment_horizontal_answer (id, region_code, assessment_id, area_code, level,"
                + " analysis, activities) VALUES (?, 'skane', ?, 'ENVIRONMENT', 2, 'Utsläppsanalys', 'Workshops')",
                AREA_ANSWER, ASSESSMENT);
        sql.update("INSERT INTO assessment_criterion_answer_aud (id, rev, revtype, region_code, assessment_id,"
                + " criterion_code, met, evidence) VALUES (?, 1, 0, 'skane', ?, 'A3.2', true, 'Projektlistan'),"
                + " (?, 2, 1, 'skane', ?, 'A3.2', false, 'Projektlistan')",
                CRITERION_ANSWER, ASSESSMENT, CRITERION_ANSWER, ASSESSMENT);
        sql.update("INSERT INTO assessment_horizontal_answer_aud (id, rev, revtype, region_code, assessment_id,"
                + " area_code, level, analysis, activities) VALUES (?, 1, 0, 'skane', ?, 'ENVIRONMENT', 2,"
                + " 'Utsläppsanalys', 'Workshops')", AREA_ANSWER, ASSESSMENT);
    }

    @AfterEach
    void dropScratchSchema() {
        sql.execute("DROP SCHEMA " + schema + " CASCADE");
        owner.destroy();
    }

    /** As a real migration runs: as the owner, with no region set. */
    private void migrateToV42() {
        sql.execute("RESET app.region");
        flyway("42").migrate();
        sql.execute("SET search_path TO " + schema);
        sql.execute("SET app.region = 'skane'");
    }

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(owner).schemas(schema).createSchemas(true).target(target)
                .placeholders(Map.of("appRole", env.getProperty("klusterportal.db.app-role", "klusterportal_app")))
                .load();
    }

    @Test
    void answersMoveWithTheirValuesTextsAndReviewNotes() {
        migrateToV42();

        List<Map<String, Object>> answers = sql.queryForList("SELECT id, kind, code, met, level, text, detail,"
                + " met_before_review, level_before_review, review_comment, version FROM assessment_answer ORDER BY kind DESC");
        assertThat(answers).hasSize(2);
        assertThat(answers.get(0)).containsEntry("id", CRITERION_ANSWER).containsEntry("kind", "CRITERION")
                .containsEntry("code", "A3.2").containsEntry("met", false).containsEntry("level", null)
                .containsEntry("text", "Projektlistan").containsEntry("detail", "https://example.se/lista.pdf")
                .containsEntry("met_before_review", true).containsEntry("review_comment", "Två projekt, inte tre")
                .containsEntry("version", 3L);
        assertThat(answers.get(1)).containsEntry("id", AREA_ANSWER).containsEntry("kind", "AREA")
                .containsEntry("code", "ENVIRONMENT").containsEntry("met", null).containsEntry("level", 2)
                .containsEntry("text", "Utsläppsanalys").containsEntry("detail", "Workshops")
                .containsEntry("review_comment", null).containsEntry("version", 0L);
    }

    @Test
    void historyKeepsItsRevisionsAndTheOldTablesAreGone() {
        migrateToV42();

        List<Map<String, Object>> history = sql.queryForList(
                "SELECT rev, kind, code, met, level FROM assessment_answer_aud ORDER BY kind DESC, rev");
        assertThat(history).extracting(row -> row.get("rev"), row -> row.get("kind"), row -> row.get("met"),
                row -> row.get("level")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "CRITERION", true, null),
                org.assertj.core.groups.Tuple.tuple(2, "CRITERION", false, null),
                org.assertj.core.groups.Tuple.tuple(1, "AREA", null, 2));
        assertThat(sql.queryForObject("SELECT count(*) FROM information_schema.tables WHERE table_schema = ?"
                + " AND table_name LIKE 'assessment_%_answer%'", Integer.class, schema)).isZero();
    }

    @Test
    void anotherRegionSeesNoneOfTheMovedAnswers() {
        migrateToV42();

        sql.execute("SET app.region = 'norra-mellansverige'");
        assertThat(sql.queryForObject("SELECT count(*) FROM assessment_answer", Integer.class)).isZero();
        assertThat(sql.queryForObject("SELECT count(*) FROM assessment_answer_aud", Integer.class)).isZero();
        sql.execute("SET app.region = 'skane'");
        assertThat(sql.queryForObject("SELECT count(*) FROM assessment_answer", Integer.class)).isEqualTo(2);
    }
}
