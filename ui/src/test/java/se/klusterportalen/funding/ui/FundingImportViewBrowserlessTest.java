package se.klusterportalen.funding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.base.ui.AccessDeniedView;
import se.klusterportalen.base.ui.Formats;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.funding.ClusterFundingPlan;
import se.klusterportalen.funding.FundingService;
import se.klusterportalen.funding.FundingStreamId;
import se.klusterportalen.funding.StandardStream;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

@SignedInAs(SKANE_OFFICER)
class FundingImportViewBrowserlessTest extends SignedInBrowserlessTest {

    private static final String CLUSTER = "Svenskt Marintekniskt Forum";
    private static final String PRIVATE = StandardStream.OTHER_PRIVATE.swedishName();

    @Autowired ProgrammeService programmes;
    @Autowired ClusterService clusters;
    @Autowired FundingService funding;
    private ProgrammeId programme;
    private ClusterFundingPlan before;

    @BeforeEach
    void thePlanTheTestsChange() {
        programme = programmes.list().getFirst().id();
        before = plan();
    }

    private ClusterFundingPlan plan() {
        var id = clusters.list().stream().filter(c -> c.name().equals(CLUSTER)).findFirst().orElseThrow().id();
        return funding.clusterPlan(programme, id);
    }

    private FundingStreamId otherPrivate() {
        return before.streams().stream().filter(s -> s.standard().filter(StandardStream.OTHER_PRIVATE::equals).isPresent())
                .findFirst().orElseThrow().id();
    }

    private FundingImportView open() {
        return navigate(ProgrammeFundingView.path(programme) + "/import", FundingImportView.class);
    }

    private static byte[] csv(String rows) {
        return ("Kluster;Finansieringskälla;År;Planerat;Utfall\n" + rows).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theOfficerPreviewsTheChangeAndImportsItOnlyWhenConfirming() {
        var programmeView = navigate(ProgrammeFundingView.path(programme), ProgrammeFundingView.class);
        assertThat($(Anchor.class, programmeView).id("programme-funding-import").getHref())
                .isEqualTo(ProgrammeFundingView.path(programme) + "/import");
        var view = open();
        assertThat(view.title.getText()).isEqualTo("Importera belopp – Klusterutvecklingsprogram 2017–2021");
        long planned = before.planned(otherPrivate(), 2021);

        view.preview("belopp.csv", csv(CLUSTER + ";" + PRIVATE + ";2021;975 000;\n"
                + CLUSTER + ";" + PRIVATE + ";2020;;\n"));

        assertThat(view.summary.getText())
                .isEqualTo("1 belopp ändras för 1 kluster, 1 rader är oförändrade. Inget är sparat ännu.");
        var changes = test(view.changes);
        assertThat(changes.size()).isEqualTo(1);
        assertThat(changes.getCellText(0, 0)).isEqualTo("2");
        assertThat(changes.getCellText(0, 1)).isEqualTo(CLUSTER);
        assertThat(changes.getCellText(0, 2)).isEqualTo("Övrig privat finansiering");
        assertThat(changes.getCellText(0, 4)).isEqualTo(
                Formats.kronor(planned) + " → 975\u00a0000\u00a0kr");
        assertThat(view.confirm.isEnabled()).isTrue();
        assertThat(plan().planned(otherPrivate(), 2021)).isEqualTo(planned);

        test(view.confirm).click();

        assertThat(plan().planned(otherPrivate(), 2021)).isEqualTo(975_000);
        assertThat(getCurrentView()).isInstanceOf(ProgrammeFundingView.class);
    }

    @Test
    void aBadFileShowsEveryErrorInSwedishAndCannotBeConfirmed() {
        var view = open();

        view.preview("belopp.csv", csv(CLUSTER + ";" + PRIVATE + ";2021;1,5 miljoner;\n"
                + CLUSTER + ";Lotteri;2021;1;\n"));

        assertThat(view.summary.getText()).isEqualTo("Filen har 2 fel och kan inte importeras. Inget har sparats.");
        var problems = test(view.problems);
        assertThat(problems.getCellText(0, 0)).isEqualTo("2");
        assertThat(problems.getCellText(0, 1)).isEqualTo("Planerat");
        assertThat(problems.getCellText(0, 2)).isEqualTo("Ange hela kronor, t.ex. 1 250 000.");
        assertThat(problems.getCellText(0, 3)).isEqualTo("1,5 miljoner");
        assertThat(problems.getCellText(1, 2)).isEqualTo("Regionen har ingen finansieringskälla med det namnet");
        assertThat(view.confirm.isVisible()).isFalse();
        assertThat(view.changes.isVisible()).isFalse();
        assertThat(plan()).isEqualTo(before);
    }

    @Test
    void aPlanSavedByOthersAfterThePreviewIsExplainedAndNotOverwritten() {
        var view = open();
        view.preview("belopp.csv", csv(CLUSTER + ";" + PRIVATE + ";2021;975 000;\n"));
        var others = funding.savePlan(programme, before.cluster(), before.version(),
                before.amounts().stream().filter(a -> a.year() != 2018).toList(), before.tapering());

        test(view.confirm).click();

        assertThat(view.message.getElement().getTextRecursively()).contains("Någon annan har sparat en av planerna");
        assertThat(view.confirm.isEnabled()).isFalse();
        assertThat(plan().amounts()).isEqualTo(others.amounts());
        assertThat(plan().version()).isEqualTo(others.version());
        test(view.message.getChildren().filter(c -> c.getId().filter("funding-import-preview-again"::equals)
                .isPresent()).findFirst().map(c -> (com.vaadin.flow.component.button.Button) c).orElseThrow()).click();
        assertThat(view.confirm.isEnabled()).isTrue();
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void managersAndPoliticiansCannotOpenTheImport() {
        navigate(ProgrammeFundingView.path(programme) + "/import", Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        var programmeView = navigate(ProgrammeFundingView.path(programme), ProgrammeFundingView.class);
        assertThat($(Anchor.class, programmeView).withId("programme-funding-import").all()).isEmpty();

        login.as(SKANE_MANAGER);
        navigate(ProgrammeFundingView.path(programme) + "/import", Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void thePreviewSaysHowACsvFileWasRead() {
        var view = open();

        view.preview("excel.csv", (CLUSTER + ";" + PRIVATE + ";2021;975 000;\n")
                .transform(row -> "Kluster;Finansieringskälla;År;Planerat;Utfall\n" + row)
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(view.source.getText())
                .isEqualTo("CSV-fil, teckenkodning Windows-1252 (ANSI, som Excel sparar CSV), avgränsare semikolon");
        assertThat(view.summary.getText()).startsWith("1 belopp ändras för 1 kluster");

        view.preview("excel.csv", ("sep=,\nKluster,Finansieringskälla,År,Planerat,Utfall\n"
                + CLUSTER + "," + PRIVATE + ",2021,975000,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(view.source.getText())
                .isEqualTo("CSV-fil, teckenkodning UTF-8, avgränsare komma (enligt raden sep=)");
        assertThat(view.summary.getText()).startsWith("1 belopp ändras för 1 kluster");
    }
}
