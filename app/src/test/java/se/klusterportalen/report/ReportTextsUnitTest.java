package se.klusterportalen.report;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** How the PDF reports' texts read: dates that do not break, singular and plural, one money format per language. */
class ReportTextsUnitTest {

    private static final ReportTexts SV = new ReportTexts(Locale.of("sv", "SE"));
    private static final ReportTexts EN = new ReportTexts(Locale.ENGLISH);

    @Test
    void datesInTheBodyAreKeptWholeButNotInThePageHeaderNorInsideACharts() {
        String document = "<html><head><style>@top-left { content: \"Region Skåne · 2026-11-30\"; }</style></head>"
                + "<body><td>Guld (2027-03-20)</td><svg><text>2019-01-01</text></svg><p>giltig till 2026-12-10.</p>"
                + "<p>2017–2021, 12345-67-890</p></body></html>";

        String kept = ReportHtml.keepDatesWhole(document);

        assertThat(kept).contains("content: \"Region Skåne · 2026-11-30\"",
                "<td>Guld (<span class=\"date\">2027-03-20</span>)</td>", "<svg><text>2019-01-01</text></svg>",
                "giltig till <span class=\"date\">2026-12-10</span>.", "2017–2021, 12345-67-890");
    }

    @Test
    void oneMissingCriterionIsSingularAndTwoArePlural() {
        assertThat(SV.t("report.cluster.phase.missing", 1, "2")).isEqualTo("ett kriterium saknas för fas 2");
        assertThat(SV.t("report.cluster.phase.missing", 2, "3")).isEqualTo("2 kriterier saknas för fas 3");
        assertThat(EN.t("report.cluster.phase.missing", 1, "2")).isEqualTo("1 criterion missing for phase 2");
        assertThat(EN.t("report.cluster.phase.missing", 2, "3")).isEqualTo("2 criteria missing for phase 3");
    }

    @Test
    void theEnglishReportWritesMoneyAsTheSwedishOneDoesAndItsHeadingsAreNotRepeatedAsCaptions() {
        assertThat(EN.t("report.funding.leverage", "1,04", ReportHtml.kronor(11_400_000)))
                .isEqualTo("Leverage over the period (plan): 1,04 kr per regional krona · the region's cost 11\u00a0400\u00a0000\u00a0kr")
                .doesNotContain("SEK");
        assertThat(EN.t("report.milestones.caption")).isNotEqualTo(EN.t("report.milestones"));
        assertThat(SV.t("report.milestones.caption")).isNotEqualTo(SV.t("report.milestones"));
    }
}
