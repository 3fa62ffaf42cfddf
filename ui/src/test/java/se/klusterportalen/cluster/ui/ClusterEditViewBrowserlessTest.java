package se.klusterportalen.cluster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import se.klusterportalen.testsupport.AuditTrail;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

@SignedInAs(SKANE_OFFICER)
class ClusterEditViewBrowserlessTest extends SignedInBrowserlessTest {

    @Autowired ClusterService clusters;
    @Autowired AuditTrail audit;

    private ClusterId idOf(String name) {
        return clusters.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    private ClusterEditView edit(String name) {
        navigate("clusters/" + idOf(name) + "/edit", Component.class);
        return (ClusterEditView) getCurrentView();
    }

    @Test
    void theOfficersChangeIsSavedAndShownOnThePageAndInTheHistory() {
        var form = edit("Livsmedelsakademin");
        test(form.sector).setValue("Livsmedel och måltider");
        test(form.save).click();

        assertThat(getCurrentView()).isInstanceOf(ClusterPageView.class);
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("Livsmedel och måltider");
        audit.record(); // the history Envers writes at commit
        navigate("clusters/" + idOf("Livsmedelsakademin"), ClusterPageView.class);
        // each entry's markup is one element's innerHTML: its text as the browser shows it
        var history = $(com.vaadin.flow.component.html.Div.class).withClassName("cluster-history-entry").all().stream()
                .map(entry -> org.jsoup.Jsoup.parse(entry.getElement().getProperty("innerHTML")).text())
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(history).contains("Sara Handläggare", "Bransch/tema: ", "Livsmedel → Livsmedel och måltider");
        assertThat(history).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    }

    @Test
    void ruleBreachesAppearNextToTheFieldsAndNothingIsSaved() {
        var form = edit("Livsmedelsakademin");
        var before = clusters.profile(idOf("Livsmedelsakademin")).orElseThrow();
        test(form.hostOrgNumber).setValue("232100-0256");
        test(form.website).setValue("livsmedelsakademin");
        test(form.name).setValue("");
        test(form.save).click();

        assertThat(getCurrentView()).isSameAs(form);
        assertThat(form.hostOrgNumber.isInvalid()).isTrue();
        assertThat(form.hostOrgNumber.getErrorMessage()).isEqualTo("Kontrollsiffran (den sista) stämmer inte med de nio första siffrorna");
        assertThat(form.website.getErrorMessage()).isEqualTo("Ange en hel adress som börjar med https://");
        assertThat(form.name.getErrorMessage()).isEqualTo("Ange ett namn");
        // and all three in the summary at the top of the form, each a link to its field, the focus on the first
        var summary = (se.klusterportalen.base.ui.ErrorSummary) form.getChildren().findFirst().orElseThrow();
        assertThat(summary.isVisible()).isTrue();
        assertThat(summary.texts()).containsExactlyInAnyOrder(
                form.name.getLabel() + ": Ange ett namn",
                form.website.getLabel() + ": Ange en hel adress som börjar med https://",
                form.hostOrgNumber.getLabel() + ": Kontrollsiffran (den sista) stämmer inte med de nio första siffrorna");
        assertThat(summary.entries()).extracting(entry -> entry.field())
                .containsExactlyInAnyOrder(form.name, form.website, form.hostOrgNumber);
        // the refused save's own transaction would roll back; inside the test's one, compare the fields (ADR 0008)
        var after = clusters.profile(before.id()).orElseThrow();
        assertThat(after.hostOrgNumber()).isEqualTo(before.hostOrgNumber());
        assertThat(after.website()).isEqualTo(before.website());
        assertThat(after.name()).isEqualTo("Livsmedelsakademin");
    }

    @Test
    void aSaveAfterSomeoneElsesIsRefusedAndTheFormOffersToReload() {
        var form = edit("IUC Syd");
        var id = idOf("IUC Syd");
        var other = clusters.draftOf(id);
        other.setDescription("Ändrad av någon annan");
        clusters.update(id, clusters.profile(id).orElseThrow().version(), other);

        test(form.description).setValue("Min ändring");
        test(form.save).click();

        var dialog = $(ConfirmDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(clusters.profile(id).orElseThrow().description()).isEqualTo("Ändrad av någon annan");

        test(dialog).confirm();
        assertThat(form.description.getValue()).isEqualTo("Ändrad av någon annan");
        test(form.description).setValue("Min ändring");
        test(form.save).click();
        assertThat(clusters.profile(id).orElseThrow().description()).isEqualTo("Min ändring");
    }

    @Test
    void theOfficerCreatesANewCluster() {
        navigate("clusters/new", Component.class);
        var form = (ClusterEditView) getCurrentView();
        test(form.name).setValue("Testkluster UI ny");
        test(form.hostOrgNumber).setValue("2321000255");
        test(form.save).click();

        assertThat(getCurrentView()).isInstanceOf(ClusterPageView.class);
        assertThat(((ClusterPageView) getCurrentView()).profile.hostOrgNumber()).isEqualTo("232100-0255");
    }
}
