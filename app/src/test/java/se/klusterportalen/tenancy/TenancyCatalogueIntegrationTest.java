package se.klusterportalen.tenancy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.testsupport.IntegrationTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS;

/**
 * Region ownership as the database catalogue declares it (ADR 0002): every table of the schema with a
 * {@code region_code} column — entity, element-collection and Envers audit tables alike, found in
 * {@code pg_catalog}, not listed here — has row-level security enabled and forced and only the standard
 * policy, and the application role owns nothing and cannot bypass row-level security. A table a migration adds
 * without {@code make_region_owned} (V40) fails here.
 */
@IntegrationTest
class TenancyCatalogueIntegrationTest {

    /** How PostgreSQL prints {@code region_code = current_setting('app.region', true)} back. */
    static final String STANDARD_RULE = "((region_code)::text = current_setting('app.region'::text, true))";

    /**
     * The one deliberate exception: a platform-level revision (no region) writes a {@code revinfo} row without a
     * region, which no region can read.
     */
    static final String REVINFO_CHECK =
            "((COALESCE(region_code, ''::character varying))::text = COALESCE(current_setting('app.region'::text, true), ''::text))";

    static List<String> regionTables;

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

    @BeforeAll
    static void findRegionTables(@Autowired JdbcTemplate jdbc) {
        regionTables = jdbc.queryForList("""
                SELECT c.relname FROM pg_class c
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'region_code' AND NOT a.attisdropped
                 WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
                 ORDER BY c.relname""", String.class);
    }

    @Test
    void theCatalogueFindsEntityElementCollectionAndAuditTables() {
        assertThat(regionTables).contains("comparison_participation", "comparison_participation_aud",
                "comparison_own_figure", "comparison_own_figure_aud").doesNotContain("comparison_aggregate");
        assertThat(regionTables).as("notifications and their mail outbox (ADR 0072)")
                .contains("notification", "mail_outbox").doesNotContain("shedlock");
        assertThat(regionTables).contains("cluster", "cluster_aud", "cluster_area", "cluster_area_aud", "revinfo")
                .doesNotContain("region", "flyway_schema_history");
    }

    @Test
    void everyTableWithARegionColumnHasRowLevelSecurityEnabledAndForced() {
        for (String table : regionTables) {
            Map<String, Object> flags = jdbc.queryForMap(
                    "SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE oid = ?::regclass", table);
            assertThat(flags).as(table).containsEntry("relrowsecurity", true).containsEntry("relforcerowsecurity", true);
        }
    }

    @Test
    void everyTableWithARegionColumnHasTheStandardPolicyAndNoOther() {
        for (String table : regionTables) {
            List<Map<String, Object>> policies = jdbc.queryForList("""
                    SELECT policyname, permissive, roles::text AS roles, cmd, qual, with_check
                      FROM pg_policies WHERE schemaname = current_schema() AND tablename = ?""", table);
            assertThat(policies).as(table).hasSize(1);
            Map<String, Object> policy = policies.getFirst();
            assertThat(policy).as(table)
                    .containsEntry("policyname", "region_isolation")
                    .containsEntry("permissive", "PERMISSIVE")
                    .containsEntry("roles", "{public}")
                    .containsEntry("cmd", "ALL")
                    .containsEntry("qual", STANDARD_RULE)
                    .containsEntry("with_check", table.equals("revinfo") ? REVINFO_CHECK : STANDARD_RULE);
        }
    }

    @Test
    void theApplicationRoleOwnsNothingAndCannotBypassRowLevelSecurity() {
        assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("klusterportal_app");
        assertThat(jdbc.queryForMap("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user"))
                .containsEntry("rolsuper", false).containsEntry("rolbypassrls", false);
        List<String> owned = jdbc.queryForList("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = current_schema() AND pg_get_userbyid(c.relowner) = current_user""", String.class);
        assertThat(owned).isEmpty();
        assertThat(jdbc.queryForObject("SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = current_schema()",
                String.class)).isNotEqualTo("klusterportal_app");
    }

    @Test
    void historyIsOnlyAddedToNeverRewritten() {
        List<String> history = regionTables.stream().filter(t -> t.endsWith("_aud") || t.equals("revinfo")).toList();
        assertThat(history).contains("cluster_aud", "revinfo");
        for (String table : history) {
            assertThat(jdbc.queryForObject("SELECT has_table_privilege(?, 'INSERT')", Boolean.class, table)).as(table).isTrue();
            assertThat(jdbc.queryForObject("SELECT has_table_privilege(?, 'UPDATE') OR has_table_privilege(?, 'DELETE')",
                    Boolean.class, table, table)).as(table).isFalse();
        }
    }

    @Test
    void onlyTheOwnerMayDeclareATableRegionOwned() {
        assertThat(jdbc.queryForObject(
                "SELECT has_function_privilege('make_region_owned(regclass, text)', 'EXECUTE')", Boolean.class)).isFalse();
    }

    /** What the policy means, on every table: a region reads, changes and removes only its own rows. */
    @Test
    void inEveryTableARegionSeesAndChangesOnlyItsOwnRows() {
        for (String table : regionTables) {
            Integer othersVisible = RegionContext.callAs(NMS, () -> transaction.execute(status -> jdbc.queryForObject(
                    "SELECT count(*) FROM " + table + " WHERE region_code IS DISTINCT FROM ?", Integer.class, NMS)));
            assertThat(othersVisible).as(table).isZero();
            assertThat(changedAs(NMS, "UPDATE " + table + " SET region_code = region_code WHERE region_code IS DISTINCT FROM ?"))
                    .as(table).isZero();
            assertThat(changedAs(NMS, "DELETE FROM " + table + " WHERE region_code IS DISTINCT FROM ?")).as(table).isZero();
            Integer withoutRegion = transaction.execute(status ->
                    jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class));
            assertThat(withoutRegion).as(table + " without a region").isZero();
        }
    }

    /** Rows changed, in a transaction rolled back; a table that grants no UPDATE or DELETE changes none. */
    private int changedAs(String region, String sql) {
        try {
            return RegionContext.callAs(region, () -> transaction.execute(status -> {
                status.setRollbackOnly();
                return jdbc.update(sql, region);
            }));
        } catch (DataAccessException e) {
            assertThat(e.getMostSpecificCause().getMessage()).contains("permission denied");
            return 0;
        }
    }
}
