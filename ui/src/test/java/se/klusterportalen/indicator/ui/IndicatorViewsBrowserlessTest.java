package se.klusterportalen.indicator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.base.ui.AccessDeniedView;
import se.klusterportalen.browser.IndicatorSample;
import se.klusterportalen.indicator.IndicatorService;
import se.klusterportalen.spreadsheet.Spreadsheets;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.NMS_POLITICIAN;

/** The roll-up, its Excel export and who may import; each test's import is rolled back with its transaction. */
class IndicatorViewsBrowserlessTest extends SignedInBrowserlessTest {

    @Autowired IndicatorService indicators;

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    @SignedInAs(NMS_POLITICIAN)
    void aPoliticianSeesThatThereIsNothingYetAndNoImport() {
        var view = navigate(IndicatorsView.class);

        assertThat($(Paragraph.class, view).all()).extracting(Paragraph::getText)
                .contains("Regionen har inga indikatorvärden ännu.");
        assertThat($(Anchor.class, view).all()).noneMatch(a -> "indicators-import-link".equals(a.getId().orElse("")));
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void theRollupSumsExactValuesCountsTheRestAndShowsGenderPartsBesideTheTotal() throws Exception {
        indicators.importFile("rapport.tsv", IndicatorSample.TEXT.getBytes(StandardCharsets.UTF_8), Map.of());
        login.as(NMS_POLITICIAN);

        var view = navigate(IndicatorsView.class);
        var grid = test(view.rollup);
        int employees = -1;
        int engaged = -1;
        int change = -1;
        for (int row = 0; row < grid.size(); row++) {
            String name = grid.getCellText(row, 0);
            if (name.equals("Antal anställda i nätverksföretagen")) {
                employees = row;
            } else if (name.equals("Antal engagerade individer i strategiska nätverk")) {
                engaged = row;
            } else if (name.startsWith("Förändring i antal anställda")) {
                change = row;
            }
        }
        assertThat(text(grid.getCellComponent(employees, 1))).isEqualTo("900 (1 saknas)Kvinnor: – (1 saknas)");
        assertThat(text(grid.getCellComponent(employees, 2))).isEqualTo("1\u00a0570Kvinnor: 1 ej summerbara");
        assertThat(text(grid.getCellComponent(engaged, 2))).isEqualTo("1 ej summerbara");
        assertThat(text(grid.getCellComponent(change, 2))).isEqualTo("20–80");
        assertThat(grid.size()).as("the women's part is shown under its total, not as a row of its own").isEqualTo(10);

        Spreadsheets.Table excel = Spreadsheets.read("indikatorer.xlsx", view.excel());
        assertThat(excel.headers()).containsExactly("Kluster", "Nätverk", "Indikator", "2019-01-01 Text",
                "2019-01-01 Tolkat värde", "2020-12-31 Text", "2020-12-31 Tolkat värde", "Rapporterad differens",
                "Beräknad differens");
        assertThat(excel.rows()).contains(
                List.of("Nätverk Alfa", "", "Antal konkreta samarbetsaktiviteter med företag ur nätverket", "3", "3",
                        "7+12+4", "23", "20", "20"),
                List.of("Nätverk Alfa", "", "Förändring i antal anställda i nätverksföretagen sedan nätverksstarten",
                        "0", "0", "20-80", "20–80", "20-80", "20–80"));
    }

    @Test
    @SignedInAs(NMS_MANAGER)
    void aClusterManagerMayNotImport() {
        navigate("indicators/import", AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
