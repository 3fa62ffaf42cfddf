package se.klusterportalen.indicator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.AuditTrail;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RegionSql;
import se.klusterportalen.testsupport.RealLogin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static se.klusterportalen.testsupport.DemoUsers.NMS;
import static se.klusterportalen.testsupport.DemoUsers.NMS_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE;

/**
 * The follow-up report of the domain notes (samples/indicators-sample.tsv) imported as it is: every value's kind and
 * number, the cleaned names, the gender part linked to its total, differences checked; a bad file saves nothing; the
 * new tables are walled off from other regions.
 */
@IntegrationTest
@Transactional
@SignedInAs(NMS_OFFICER)
class IndicatorImportIntegrationTest {

    static final LocalDate BASELINE = LocalDate.of(2019, 1, 1);
    static final LocalDate FOLLOW_UP = LocalDate.of(2020, 12, 31);
    static final List<String> TABLES = List.of("indicator", "indicator_round", "cluster_network", "indicator_value",
            "indicator_aud", "indicator_round_aud", "cluster_network_aud", "indicator_value_aud");

    @Autowired RealLogin login;
    @Autowired IndicatorService indicators;
    @Autowired ClusterService clusters;
    @Autowired JdbcTemplate jdbc;
    @Autowired RegionSql sql;
    @Autowired AuditTrail audit;

    static byte[] sample() {
        try (var in = IndicatorImportIntegrationTest.class.getResourceAsStream("/indicators/indicators-sample.tsv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    private static BigDecimal n(String number) {
        return new BigDecimal(number);
    }

    @Test
    void thePreviewShowsEveryValueWithItsKindAndSavesNothing() {
        IndicatorImportPreview preview = indicators.preview("indicators-sample.tsv", sample());

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.networks()).extracting(n -> n.name(), n -> n.line(), n -> n.target().kind())
                .containsExactly(tuple("Nätverk Alfa", 1, NetworkTarget.Kind.NEW_CLUSTER),
                        tuple("Nätverk Beta", 12, NetworkTarget.Kind.NEW_CLUSTER));
        assertThat(preview.networks().getFirst().dates()).containsExactly(BASELINE, FOLLOW_UP);
        assertThat(preview.values()).isEqualTo(26);
        assertThat(preview.proposedIndicators()).isEqualTo(11);
        assertThat(preview.mismatches()).isZero();

        var alfa = preview.networks().getFirst().indicators();
        assertThat(alfa).extracting(IndicatorImportPreview.IndicatorRow::name).containsExactly(
                "Antal deltagande företag vid nätverksstart",
                "Antal anställda i nätverksföretagen",
                "Antalet kvinnor anställda i nätverksföretagen",
                "Antal engagerade individer i strategiska nätverk",
                "Antal konkreta samarbetsaktiviteter med företag ur nätverket",
                "Antal företag med kontinuerlig kompetensutveckling för sina medarbetare",
                "Förändring i antal anställda i nätverksföretagen sedan nätverksstarten",
                "Antal individer i strategiska nätverk",
                "Antal nya produkter och tjänster");
        assertThat(alfa.getFirst().writtenName()).isEqualTo("Antal deltagande företag vid nätverksstart:");
        assertThat(alfa.get(2).gender()).isEqualTo(Gender.WOMEN);

        // every value of network Alfa: text, kind, value, low, high, parts, alternative
        assertThat(alfa.stream().flatMap(row -> row.values().stream()).map(IndicatorImportPreview.DatedValue::value))
                .extracting(IndicatorValue::text, IndicatorValue::kind, IndicatorValue::value, IndicatorValue::low,
                        IndicatorValue::high, IndicatorValue::parts, IndicatorValue::alternative)
                .containsExactly(
                        tuple("12", ValueKind.EXACT, n("12"), null, null, List.of(), null),
                        tuple("17", ValueKind.EXACT, n("17"), null, null, List.of(), null),
                        tuple("n.a.", ValueKind.NOT_AVAILABLE, null, null, null, List.of(), null),
                        tuple("640", ValueKind.EXACT, n("640"), null, null, List.of(), null),
                        tuple("", ValueKind.NOT_REPORTED, null, null, null, List.of(), null),
                        tuple("(58)", ValueKind.UNCERTAIN, n("58"), null, null, List.of(), null),
                        tuple("4", ValueKind.EXACT, n("4"), null, null, List.of(), null),
                        tuple("9 (15)", ValueKind.WITH_ALTERNATIVE, n("9"), null, null, List.of(), n("15")),
                        tuple("3", ValueKind.EXACT, n("3"), null, null, List.of(), null),
                        tuple("7+12+4", ValueKind.SUM, n("23"), null, null, List.of(n("7"), n("12"), n("4")), null),
                        tuple("0", ValueKind.EXACT, n("0"), null, null, List.of(), null),
                        tuple("ca 22", ValueKind.APPROXIMATE, n("22"), null, null, List.of(), null),
                        tuple("0", ValueKind.EXACT, n("0"), null, null, List.of(), null),
                        tuple("20-80", ValueKind.RANGE, null, n("20"), n("80"), List.of(), null),
                        tuple("0", ValueKind.EXACT, n("0"), null, null, List.of(), null),
                        tuple("15+", ValueKind.AT_LEAST, n("15"), n("15"), null, List.of(), null),
                        tuple("1", ValueKind.EXACT, n("1"), null, null, List.of(), null),
                        tuple("3", ValueKind.EXACT, n("3"), null, null, List.of(), null));
        // reported difference, computed difference (kind and value), mismatch
        assertThat(alfa).extracting(r -> r.reportedDifference().text(), r -> r.computedDifference().status(),
                        r -> r.computedDifference().value() == null ? null : r.computedDifference().value().kind(),
                        r -> r.computedDifference().value() == null ? null : r.computedDifference().value().text(),
                        IndicatorImportPreview.IndicatorRow::differenceMismatch)
                .containsExactly(
                        tuple("5", Difference.Status.COMPUTED, ValueKind.EXACT, "5", false),
                        tuple("", Difference.Status.MISSING_VALUE, null, null, false),
                        tuple("(58)", Difference.Status.MISSING_VALUE, null, null, false),
                        tuple("5 (11)", Difference.Status.COMPUTED, ValueKind.WITH_ALTERNATIVE, "5 (11)", false),
                        tuple("20", Difference.Status.COMPUTED, ValueKind.EXACT, "20", false),
                        tuple("ca 22", Difference.Status.COMPUTED, ValueKind.APPROXIMATE, "ca 22", false),
                        tuple("20-80", Difference.Status.COMPUTED, ValueKind.RANGE, "20\u201380", false),
                        tuple("15", Difference.Status.COMPUTED, ValueKind.AT_LEAST, "15+", false),
                        tuple("2", Difference.Status.COMPUTED, ValueKind.EXACT, "2", false));

        var beta = preview.networks().get(1).indicators();
        assertThat(beta.stream().flatMap(row -> row.values().stream()).map(IndicatorImportPreview.DatedValue::value))
                .extracting(IndicatorValue::text, IndicatorValue::kind, IndicatorValue::value, IndicatorValue::parts)
                .containsExactly(
                        tuple("30", ValueKind.EXACT, n("30"), List.of()),
                        tuple("26", ValueKind.EXACT, n("26"), List.of()),
                        tuple("900", ValueKind.EXACT, n("900"), List.of()),
                        tuple("930", ValueKind.EXACT, n("930"), List.of()),
                        tuple("0", ValueKind.EXACT, n("0"), List.of()),
                        tuple("2+5", ValueKind.SUM, n("7"), List.of(n("2"), n("5"))),
                        tuple("n.a.", ValueKind.NOT_AVAILABLE, null, List.of()),
                        tuple("n.a.", ValueKind.NOT_AVAILABLE, null, List.of()));
        assertThat(beta).extracting(r -> r.reportedDifference().kind(), r -> r.reportedDifference().value(),
                        r -> r.computedDifference().value() == null ? null : r.computedDifference().value().value(),
                        IndicatorImportPreview.IndicatorRow::differenceMismatch)
                .containsExactly(tuple(ValueKind.EXACT, n("-4"), n("-4"), false),
                        tuple(ValueKind.EXACT, n("30"), n("30"), false),
                        tuple(ValueKind.SUM, n("7"), n("7"), false),
                        tuple(ValueKind.NOT_REPORTED, null, null, false));

        assertThat(indicators.catalogue()).as("a preview saves nothing").isEmpty();
        assertThat(indicators.rounds()).isEmpty();
        assertThat(clusters.list()).extracting(ClusterSummary::name).doesNotContain("Nätverk Alfa", "Nätverk Beta");
    }

    @Test
    void importingSavesCatalogueRoundsClustersAndEveryValueWithItsMeaning() {
        IndicatorImportPreview saved = indicators.importFile("indicators-sample.tsv", sample(), Map.of());
        assertThat(saved.accepted()).isTrue();

        assertThat(indicators.rounds()).extracting(MeasurementRound::measuredOn).containsExactly(BASELINE, FOLLOW_UP);
        List<IndicatorDefinition> catalogue = indicators.catalogue();
        assertThat(catalogue).hasSize(11);
        IndicatorDefinition employees = byName(catalogue, "Antal anställda i nätverksföretagen");
        IndicatorDefinition women = byName(catalogue, "Antalet kvinnor anställda i nätverksföretagen");
        assertThat(women.gender()).isEqualTo(Gender.WOMEN);
        assertThat(women.total()).as("the gender part points at its total").isEqualTo(employees.id());

        ClusterSummary alfa = clusters.list().stream().filter(c -> c.name().equals("Nätverk Alfa")).findFirst()
                .orElseThrow();
        ClusterIndicators table = indicators.ofCluster(alfa.id());
        assertThat(table.rounds()).extracting(MeasurementRound::measuredOn).containsExactly(BASELINE, FOLLOW_UP);
        assertThat(table.lines()).hasSize(9);
        ClusterIndicators.Line sum = table.lines().stream()
                .filter(l -> l.indicator().nameSv().startsWith("Antal konkreta")).findFirst().orElseThrow();
        assertThat(sum.values()).extracting(IndicatorValue::text, IndicatorValue::kind, IndicatorValue::value,
                        IndicatorValue::parts)
                .containsExactly(tuple("3", ValueKind.EXACT, n("3"), List.of()),
                        tuple("7+12+4", ValueKind.SUM, n("23"), List.of(n("7"), n("12"), n("4"))));
        assertThat(sum.reportedDifference().text()).isEqualTo("20");
        assertThat(sum.computedDifference().value().value()).isEqualByComparingTo("20");
        ClusterIndicators.Line range = table.lines().stream()
                .filter(l -> l.indicator().nameSv().startsWith("Förändring")).findFirst().orElseThrow();
        assertThat(range.values().getLast().low()).isEqualByComparingTo("20");
        assertThat(range.values().getLast().high()).isEqualByComparingTo("80");

        // roll-up: exact values summed, n.a. counted apart, ranges summed as ranges, 8 (24) not summed
        Map<String, IndicatorRollup> rollup = indicators.rollup().stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.indicator().nameSv(), r -> r));
        IndicatorRollup.RoundTotal employeesBaseline = rollup.get("Antal anställda i nätverksföretagen").rounds().getFirst();
        assertThat(employeesBaseline.sum()).isEqualByComparingTo("900");
        assertThat(employeesBaseline.summed()).isEqualTo(1);
        assertThat(employeesBaseline.missing()).isEqualTo(1);
        assertThat(rollup.get("Antal anställda i nätverksföretagen").rounds().getLast().sum()).isEqualByComparingTo("1570");
        IndicatorRollup.RoundTotal engaged = rollup.get("Antal engagerade individer i strategiska nätverk").rounds().getLast();
        assertThat(engaged.summed()).isZero();
        assertThat(engaged.notSummable()).isEqualTo(1);
        IndicatorRollup.RoundTotal change = rollup.get("Förändring i antal anställda i nätverksföretagen sedan nätverksstarten")
                .rounds().getLast();
        assertThat(change.ranges()).isEqualTo(1);
        assertThat(change.rangeLow()).isEqualByComparingTo("20");
        assertThat(change.rangeHigh()).isEqualByComparingTo("80");

        // importing again replaces the values instead of adding a second set, and matches the catalogue
        IndicatorImportPreview again = indicators.preview("indicators-sample.tsv", sample());
        assertThat(again.proposedIndicators()).isZero();
        assertThat(again.networks()).extracting(n -> n.target().kind())
                .containsOnly(NetworkTarget.Kind.CLUSTER);
        indicators.importFile("indicators-sample.tsv", sample(), Map.of());
        assertThat(indicators.ofCluster(alfa.id()).lines()).hasSize(9);
        assertThat(count(NMS, "indicator_value")).isEqualTo(26);
        assertThat(count(NMS, "indicator_value_aud")).as("every change audited").isGreaterThanOrEqualTo(26);
    }

    @Test
    void aNetworkCanGoUnderAnExistingCluster() {
        ClusterSummary paper = clusters.list().stream().filter(c -> c.name().equals("Paper Province")).findFirst()
                .orElseThrow();
        indicators.importFile("indicators-sample.tsv", sample(), Map.of(
                "Nätverk Alfa", NetworkTarget.networkOf(paper.id(), paper.name()),
                "Nätverk Beta", NetworkTarget.networkOf(paper.id(), paper.name())));

        ClusterIndicators table = indicators.ofCluster(paper.id());
        assertThat(table.lines()).extracting(ClusterIndicators.Line::network).containsOnly("Nätverk Alfa",
                "Nätverk Beta");
        assertThat(table.lines()).hasSize(13);
        assertThat(clusters.list()).extracting(ClusterSummary::name).doesNotContain("Nätverk Alfa");
        assertThat(indicators.preview("indicators-sample.tsv", sample()).networks())
                .extracting(n -> n.target().kind(), n -> n.target().clusterName())
                .containsOnly(tuple(NetworkTarget.Kind.NETWORK_OF, "Paper Province"));
    }

    @Test
    void aBadFileSavesNothingAndNamesLineColumnAndText() {
        String bad = new String(sample(), StandardCharsets.UTF_8)
                .replace("Antal nya produkter och tjänster\t1\t3\t2", "Antal nya produkter och tjänster\t1\tmånga\t2");
        byte[] file = bad.getBytes(StandardCharsets.UTF_8);

        IndicatorImportPreview refused = indicators.importFile("rapport.tsv", file, Map.of());

        assertThat(refused.accepted()).isFalse();
        assertThat(refused.errors()).containsExactly(new IndicatorImportError(10, 3, "många",
                "indicator.import.error.unknown-value"));
        assertThat(indicators.catalogue()).isEmpty();
        assertThat(indicators.rounds()).isEmpty();
        assertThat(count(NMS, "indicator_value")).isZero();
        assertThat(clusters.list()).extracting(ClusterSummary::name).doesNotContain("Nätverk Alfa", "Nätverk Beta");
    }

    @Test
    void twoNetworksSentToTheSameClusterWithTheSameIndicatorAndDateSaveNothing() {
        ClusterSummary paper = clusters.list().stream().filter(c -> c.name().equals("Paper Province")).findFirst()
                .orElseThrow();
        IndicatorImportPreview refused = indicators.importFile("indicators-sample.tsv", sample(), Map.of(
                "Nätverk Alfa", NetworkTarget.cluster(paper.id(), paper.name()),
                "Nätverk Beta", NetworkTarget.cluster(paper.id(), paper.name())));

        assertThat(refused.errors()).extracting(IndicatorImportError::line, IndicatorImportError::messageKey)
                .containsExactly(tuple(13, "indicator.import.error.same-target"),
                        tuple(14, "indicator.import.error.same-target"));
        assertThat(count(NMS, "indicator_value")).isZero();
    }

    @Test
    void aReportedDifferenceThatDisagreesIsFlaggedNotReplaced() {
        String wrong = new String(sample(), StandardCharsets.UTF_8).replace("\t3\t7+12+4\t20", "\t3\t7+12+4\t21")
                .replace("Antal engagerade individer i strategiska nätverk", "Antal engagerade indi- vider i strategiska nätver- ket:");
        IndicatorImportPreview preview = indicators.preview("rapport.tsv", wrong.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.mismatches()).isEqualTo(1);
        var row = preview.networks().getFirst().indicators().get(4);
        assertThat(row.differenceMismatch()).isTrue();
        assertThat(row.reportedDifference().value()).isEqualByComparingTo("21");
        assertThat(row.computedDifference().value().value()).isEqualByComparingTo("20");
        assertThat(preview.networks().getFirst().indicators().get(3).name())
                .isEqualTo("Antal engagerade individer i strategiska nätverket");
    }

    @Test
    void onlyOfficersImportAndManagersStillRead() {
        login.as(NMS_MANAGER);
        assertThatThrownBy(() -> indicators.preview("indicators-sample.tsv", sample()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(indicators.catalogue()).isEmpty();
    }

    @Test
    void anotherRegionReadsNoneOfTheRows() {
        ClusterSummary paper = clusters.list().stream().filter(c -> c.name().equals("Paper Province")).findFirst()
                .orElseThrow();
        indicators.importFile("indicators-sample.tsv", sample(), Map.of(
                "Nätverk Beta", NetworkTarget.networkOf(paper.id(), paper.name())));
        for (String table : TABLES) {
            assertThat(count(NMS, table)).as(table + " of the region itself").isPositive();
            assertThat(count(SKANE, table)).as(table + " seen from Skåne").isZero();
        }
    }

    /**
     * Rows of the table the region sees: Norra Mellansverige in the test's transaction (with the history Envers would
     * write at commit), another region in a transaction of its own.
     */
    private Integer count(String region, String table) {
        if (region.equals(NMS)) {
            audit.record();
            return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
        }
        return sql.asRegion(region, status -> jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class));
    }

    private static IndicatorDefinition byName(List<IndicatorDefinition> catalogue, String name) {
        return catalogue.stream().filter(i -> i.nameSv().equals(name)).findFirst().orElseThrow();
    }
}
