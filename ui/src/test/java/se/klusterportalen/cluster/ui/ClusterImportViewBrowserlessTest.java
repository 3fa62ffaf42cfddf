package se.klusterportalen.cluster.ui;

import org.junit.jupiter.api.Test;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ImportKind;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

@SignedInAs(SKANE_OFFICER)
class ClusterImportViewBrowserlessTest extends SignedInBrowserlessTest {

    @Autowired ClusterService clusters;


    private String description(String name) {
        var id = clusters.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
        return clusters.profile(id).orElseThrow().description();
    }

    @Test
    void aGoodFileIsPreviewedAndImportedOnlyWhenConfirmed() {
        var view = navigate(ClusterImportView.class);
        view.preview("kluster.csv", "Namn;Beskrivning\nSvenskt Marintekniskt Forum;Marin teknik, sjöfart och hav\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(view.summary.getText()).isEqualTo("0 skapas, 1 ändras, 0 oförändrade. Inget är sparat ännu.");
        assertThat(test(view.lines).getCellText(0, 2)).isEqualTo("Ändras");
        assertThat(test(view.lines).getCellText(0, 3)).isEqualTo("Beskrivning: Marin teknik, sjöfart och hav");
        assertThat(view.confirm.isEnabled()).isTrue();
        assertThat(description("Svenskt Marintekniskt Forum")).isEqualTo("Forum för marin teknik och sjöfart.");

        test(view.confirm).click();
        assertThat(description("Svenskt Marintekniskt Forum")).isEqualTo("Marin teknik, sjöfart och hav");
        assertThat(getCurrentView()).isInstanceOf(ClusterListView.class);
    }

    @Test
    void aBadFileShowsEveryErrorWithRowColumnAndReasonAndCannotBeConfirmed() {
        var view = navigate(ClusterImportView.class);
        test(view.kind).selectItem("Medlemsantal per år");
        view.preview("medlemmar.csv", ("Kluster;År;Små och medelstora företag;Stora företag;Akademi/forskningsinstitut;"
                + "Offentlig sektor;Övriga\nPackbridge;tjugo;1;1;1;1;1\n").getBytes(StandardCharsets.UTF_8));

        assertThat(view.summary.getText()).isEqualTo("Filen har 1 fel och kan inte importeras. Inget har sparats.");
        var problems = test(view.problems);
        assertThat(problems.getCellText(0, 0)).isEqualTo("2");
        assertThat(problems.getCellText(0, 1)).isEqualTo("År");
        assertThat(problems.getCellText(0, 2)).isEqualTo("Inte ett heltal");
        assertThat(problems.getCellText(0, 3)).isEqualTo("tjugo");
        assertThat(view.confirm.isVisible()).isFalse();
        assertThat(clusters.importTemplate(ImportKind.MEMBERS)).isNotEmpty();
    }

    @Test
    void thePreviewSaysHowACsvFileWasRead() {
        var view = navigate(ClusterImportView.class);

        view.preview("kluster.csv", "Namn\tBeskrivning\nSvenskt Marintekniskt Forum\tMarin teknik, sjöfart och hav\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_16));

        assertThat(view.source.getText()).isEqualTo("CSV-fil, teckenkodning UTF-16, avgränsare tabb");
        assertThat(view.summary.getText()).isEqualTo("0 skapas, 1 ändras, 0 oförändrade. Inget är sparat ännu.");
    }

    @Test
    void theExportedPortfolioCanBeImportedAgainLeavingOutTheComputedColumns() {
        var list = navigate(ClusterListView.class);
        int shown = (int) list.total();
        byte[] exported = list.exportShown();

        var view = navigate(ClusterImportView.class);
        view.preview("klusterportfolj.xlsx", exported);

        assertThat(view.problems.isVisible()).as("problems: %s", view.problems.getListDataView().getItems().toList())
                .isFalse();
        assertThat(view.summary.getText())
                .isEqualTo("0 skapas, 0 ändras, " + shown + " oförändrade. Inget är sparat ännu.");
        assertThat(view.ignored.getText()).startsWith("Kolumnerna ").contains("Medlemmar", "ECCP")
                .endsWith(" räknas fram av portalen och importeras inte.");
        assertThat(view.confirm.isEnabled()).as("nothing to import").isFalse();
    }

    @Test
    void thePreviewShowsEachNewClustersValuesAsRead() throws java.io.IOException {
        var view = navigate(ClusterImportView.class);
        // the sample file of the kind (shared with the core's import tests)
        byte[] file = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("..", "app", "src", "test", "resources",
                "cases", "clusters-organisation-number-variants.csv"));
        view.preview("clusters-organisation-number-variants.csv", file);

        var lines = test(view.lines);
        assertThat(lines.size()).isEqualTo(6);
        for (int row = 0; row < 6; row++) {
            assertThat(lines.getCellText(row, 2)).isEqualTo("Skapas");
            assertThat(lines.getCellText(row, 3)).isEqualTo("Namn: Testkluster BH-9" + (char) ('a' + row)
                    + " · Organisationsnummer: 559900-1236");
        }
        assertThat(view.ignored.isVisible()).isFalse();
    }
}
